/**
 * A tick label's width as the canvas measures it (12 px Noto Sans), for the build, which has no
 * canvas to measure with: the still timeline (still-axis.ts) keeps its labels inside the axis and
 * leaves out those that would meet, as the canvas does, at every axis width. No React, no DOM.
 */

/**
 * Noto Sans Regular's advance widths (thousandths of an em) for the printable ASCII characters,
 * U+0020 to U+007E, as Chromium measures the shipped Latin face; a browser test measures the face
 * again (label-width.test.ts). Tick labels in English use only these.
 */
const ASCII_ADVANCES = [
  260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572,
  572, 572, 572, 572, 572, 572, 572, 268, 268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556,
  519, 728, 741, 339, 273, 619, 524, 907, 760, 781, 605, 781, 622, 549, 556, 731, 600, 930, 586,
  566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615, 564, 344, 615, 618, 258, 258, 534,
  258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380, 551, 380, 572,
] as const;

/** Any other character (Cyrillic, Persian digits): about a digit's width. */
const OTHER_ADVANCE = 600;

/** The tick labels' size on the canvas (draw-axis.ts reads it from the theme as 12px). */
export const LABEL_FONT_PX = 12;

/** A label's width in CSS px at LABEL_FONT_PX, without kerning (within 0.3 px of the canvas). */
export function labelWidth(label: string): number {
  let thousandths = 0;
  for (const char of label) {
    const code = char.codePointAt(0) ?? 0;
    thousandths += ASCII_ADVANCES[code - 0x20] ?? OTHER_ADVANCE;
  }
  return (thousandths * LABEL_FONT_PX) / 1000;
}
