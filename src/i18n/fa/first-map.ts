import type { Formatter } from '../format';
import type { FirstMapMessages } from '../en/first-map';

export function firstMap(_f: Formatter): FirstMapMessages {
  return {
    loading: 'نقشهٔ تعاملی در حال بارگیری است…',
  };
}
