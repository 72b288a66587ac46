import type { Formatter } from '../format';
import type { ExportImageMessages } from '../en/export-image';

export function exportImage(_f: Formatter): ExportImageMessages {
  return {
    source: (publisher, published) =>
      `Источник: ${publisher}${published === undefined ? '' : `, ${published}`}`,
    credit: 'Карта: Natural Earth, GeoNames · Сделано в Dateline',
    printedMap: 'Карта в том виде, в каком она была на экране',
  };
}
