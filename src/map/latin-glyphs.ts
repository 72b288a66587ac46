/**
 * Which text Noto Sans's Latin face covers: the unicode-range its @font-face declares
 * (src/app/noto-sans.css; test/map/latin-glyphs.test.ts holds the two together). The page
 * fetches every other face of Noto Sans only once a glyph in its range is on the page.
 */
const LATIN_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

/** The Latin face's ranges as CSS writes them (U+0000-00FF, U+0131, …), for the test. */
export const LATIN_UNICODE_RANGE = LATIN_RANGES.map(([from, to]) => {
  const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');
  return from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`;
});

/** Whether every character of `text` is drawn from the Latin face. */
export function inLatinFace(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!LATIN_RANGES.some(([from, to]) => code >= from && code <= to)) return false;
  }
  return true;
}
