import type { Formatter } from '../format';
import type { CommonMessages } from '../en/common';

export function common(f: Formatter): CommonMessages {
  return {
    close: 'بستن',
    cancel: 'لغو',
    events: (count) => f.plural(count, { other: '# رویداد' }),
  };
}
