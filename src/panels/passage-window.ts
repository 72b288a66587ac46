/**
 * The part of a source the reader shows: the text around the quoted passage, not all of it.
 * Rendering a 20 MB source whole froze the tab; the passage and a reach of text either side
 * (cut at paragraph breaks where there are any) is what a reader checks, and more is a click away.
 */

/** Characters shown either side of the passage at first: many screens of text. */
export const FIRST_REACH = 20_000;

/** The slice of the text to show, and whether text was left out before or after it. */
export interface PassageWindow {
  readonly text: string;
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

/** The text within `reach` characters of the quote's first occurrence (or of the start). */
export function passageWindow(text: string, quote: string, reach: number): PassageWindow {
  const at = quote === '' ? -1 : text.indexOf(quote);
  const passageStart = Math.max(at, 0);
  const passageEnd = at >= 0 ? at + quote.length : 0;
  let start = Math.max(0, passageStart - reach);
  let end = Math.min(text.length, passageEnd + reach);
  if (start > 0) {
    // Begin at a paragraph if one starts between the cut and the passage.
    const paragraph = text.indexOf('\n\n', start);
    if (paragraph >= 0 && paragraph < passageStart) start = paragraph + 2;
  }
  if (end < text.length) {
    const paragraph = text.lastIndexOf('\n\n', end);
    if (paragraph > passageEnd) end = paragraph;
  }
  return { text: text.slice(start, end), cutBefore: start > 0, cutAfter: end < text.length };
}
