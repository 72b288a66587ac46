import type { Formatter } from '../format';
import type { NoscriptMessages } from '../en/noscript';

/** Latin words kept whole and left-to-right inside the Persian sentence. */
const iso = (text: string) => `\u2068${text}\u2069`;

export function noscript(_f: Formatter): NoscriptMessages {
  return {
    needsScripts: `${iso('Dateline')} برای نمایش نقشه و خط زمان به ${iso('JavaScript')} نیاز دارد. پرونده‌های داستان‌ها ${iso('JSON')} ساده در ${iso('/stories/')} هستند.`,
  };
}
