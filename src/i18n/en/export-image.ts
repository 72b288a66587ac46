/** The words drawn into a downloaded PNG of the map, around the story's own title. */
import type { Formatter } from '../format';

export function exportImage(_f: Formatter) {
  return {
    /** "Source: Publisher, 18 October 2021"; the date is already in the locale's words. */
    source: (publisher: string, published: string | undefined) =>
      `Source: ${publisher}${published === undefined ? '' : `, ${published}`}`,
    /** Who made the map; GeoNames' licence asks for it on every image. */
    credit: 'Map: Natural Earth, GeoNames · Made with Dateline',
    /** The still image of the map that printing the app puts in the map's place. */
    printedMap: 'The map as it was on screen',
  };
}

export type ExportImageMessages = ReturnType<typeof exportImage>;
