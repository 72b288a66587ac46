import type { Formatter } from '../format';
import type { ExportImageMessages } from '../en/export-image';

export function exportImage(_f: Formatter): ExportImageMessages {
  return {
    // The publisher's name keeps its own direction inside the Persian line.
    source: (publisher, published) =>
      `منبع: \u2068${publisher}\u2069${published === undefined ? '' : `، ${published}`}`,
    credit: 'نقشه: Natural Earth، GeoNames · ساخته‌شده با Dateline',
    printedMap: 'نقشه همان‌گونه که روی صفحه بود',
  };
}
