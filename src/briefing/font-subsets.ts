/**
 * Trims @fontsource CSS for the single-file briefing, where every font file becomes a data URL
 * inside the page: keep the woff2 of the subsets the briefing can show, drop the rest.
 * Build-time text processing only; nothing here runs in the browser.
 */

/** Subsets always kept: the interface is Latin, and Central Asian names are often Cyrillic. */
export const ALWAYS_KEPT_SUBSETS: readonly string[] = ['latin', 'cyrillic'];

/** A code-point range from a `unicode-range` descriptor, inclusive. */
type CodeRange = readonly [from: number, to: number];

const FONT_FACE = /(?:\/\*[^*]*\*\/\s*)?@font-face\s*\{[^}]*\}\s*/g;

/** "U+0400-045F,U+2116" → [[0x400, 0x45f], [0x2116, 0x2116]]. */
export function parseUnicodeRange(descriptor: string): CodeRange[] {
  const ranges: CodeRange[] = [];
  for (const part of descriptor.split(',')) {
    const match = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!match?.[1]) continue;
    const from = parseInt(match[1], 16);
    ranges.push([from, match[2] ? parseInt(match[2], 16) : from]);
  }
  return ranges;
}

/** The subset a @fontsource face belongs to, read from its file name: "latin-ext", "cyrillic". */
export function subsetOf(face: string): string | undefined {
  return /-([a-z]+(?:-ext)?)-\d{3}-(?:normal|italic)\.woff2/.exec(face)?.[1];
}

function covers(ranges: readonly CodeRange[], codePoints: ReadonlySet<number>): boolean {
  for (const point of codePoints) {
    if (ranges.some(([from, to]) => point >= from && point <= to)) return true;
  }
  return false;
}

/** The code points of a text above plain ASCII: the ones that decide which subsets are needed. */
export function codePointsOf(text: string): Set<number> {
  const points = new Set<number>();
  for (const char of text) {
    const point = char.codePointAt(0);
    if (point !== undefined && point > 0x7e) points.add(point);
  }
  return points;
}

/**
 * Keeps the @font-face rules of the always-kept subsets and of any subset that covers a code
 * point of `usedText`; each kept rule loads only its woff2 (every browser that runs the app reads
 * woff2). Other CSS passes through unchanged.
 */
export function keepFontSubsets(
  css: string,
  usedText: string,
  always: readonly string[] = ALWAYS_KEPT_SUBSETS,
): string {
  const used = codePointsOf(usedText);
  return css.replace(FONT_FACE, (face) => {
    const subset = subsetOf(face);
    const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
    const needed =
      subset !== undefined &&
      (always.includes(subset) || (range !== undefined && covers(parseUnicodeRange(range), used)));
    return needed ? face.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '') : '';
  });
}
