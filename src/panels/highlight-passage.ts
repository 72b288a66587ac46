/**
 * Splits a source's text into paragraphs (on blank lines) and marks the first exact occurrence
 * of a quote. A quote may run across a paragraph break, so the match is found in the whole text
 * first and then cut at paragraph edges.
 */

/** A run of text, marked when it is part of the quoted passage. */
export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/** The text as paragraphs of segments, and whether the quote was found. */
export interface HighlightedText {
  readonly paragraphs: readonly (readonly Segment[])[];
  readonly found: boolean;
}

const PARAGRAPH_BREAK = /\n[ \t]*(?:\n[ \t]*)+/g;

/** Paragraph ranges [start, end) in the text, trimmed, empty ones dropped. */
function paragraphRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let start = 0;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text.charAt(a))) a += 1;
    while (b > a && /\s/.test(text.charAt(b - 1))) b -= 1;
    if (b > a) ranges.push({ start: a, end: b });
  };
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return ranges;
}

/** [before, match, after] segments per paragraph; empty segments are left out. */
export function highlightPassage(text: string, quote: string): HighlightedText {
  const at = quote === '' ? -1 : text.indexOf(quote);
  const found = at >= 0;
  const matchStart = found ? at : text.length;
  const matchEnd = found ? at + quote.length : text.length;
  const paragraphs = paragraphRanges(text).map(({ start, end }) => {
    const from = Math.min(Math.max(matchStart, start), end);
    const to = Math.min(Math.max(matchEnd, start), end);
    const segments: Segment[] = [
      { text: text.slice(start, from), marked: false },
      { text: text.slice(from, to), marked: true },
      { text: text.slice(to, end), marked: false },
    ];
    return segments.filter((segment) => segment.text !== '');
  });
  return { paragraphs, found };
}
