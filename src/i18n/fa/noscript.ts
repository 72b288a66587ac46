import { iso } from './isolate';
import type { Formatter } from '../format';
import type { NoscriptMessages } from '../en/noscript';

export function noscript(_f: Formatter): NoscriptMessages {
  return {
    needsScripts: `${iso('Dateline')} برای نمایش نقشه و خط زمان به ${iso('JavaScript')} نیاز دارد. پرونده‌های داستان‌ها ${iso('JSON')} ساده در ${iso('/stories/')} هستند.`,
  };
}
