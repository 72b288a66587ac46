/**
 * Paragraphs and sentences of an article with their string offsets, so that every quote and
 * every found expression can point back into the exact text.
 */

/** A stretch of the text: `text === source.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Sentence extends Span {
  readonly paragraph: number;
  /** A line without closing punctuation: a headline, subheading or page furniture. */
  readonly heading: boolean;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'st',
    'gen',
    'col',
    'lt',
    'sgt',
    'prof',
    'sen',
    'rep',
    'gov',
    'jan',
    'feb',
  ]
    .concat([
      'mar',
      'apr',
      'jun',
      'jul',
      'aug',
      'sep',
      'sept',
      'oct',
      'nov',
      'dec',
      'no',
      'vs',
      'inc',
    ])
    .concat([
      'corp',
      'co',
      'ltd',
      'jr',
      'sr',
      'u.s',
      'u.k',
      'e.g',
      'i.e',
      'approx',
      'est',
      'mt',
      'ft',
    ]),
);

function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*/g;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '')
      spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  }
  return spans;
}

function endsSentence(text: string, index: number): boolean {
  const before =
    text
      .slice(Math.max(0, index - 24), index)
      .match(/([\p{L}.]+)$/u)?.[1]
      ?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(before.replace(/\.$/, ''))) return false;
  if (/^\p{L}$/u.test(before)) return false; // an initial: "J. Smith"
  const after = text.slice(index + 1, index + 5);
  return (
    /^\s+["'“‘(]?[\p{Lu}\p{N}]/u.test(after) ||
    index + 1 >= text.length ||
    /^\s+[^\p{L}\p{N}\s]/u.test(after)
  );
}

function sentencesOf(paragraph: Span, index: number): Sentence[] {
  const out: Sentence[] = [];
  const { text } = paragraph;
  let from = 0;
  const push = (to: number): void => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') {
      const start = paragraph.start + from + lead;
      out.push({
        start,
        end: start + trimmed.length,
        text: trimmed,
        paragraph: index,
        heading: false,
      });
    }
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (
      (char === '.' || char === '!' || char === '?' || char === '。' || char === '؟') &&
      endsSentence(text, i)
    ) {
      let to = i + 1;
      while (to < text.length && /["'”’)]/.test(text[to] ?? '')) to += 1;
      push(to);
      from = to;
    }
  }
  push(text.length);
  // A line without closing punctuation, or cut short with an ellipsis, is not a sentence.
  if (
    out.length === 1 &&
    (!/[.!?"”’。؟)]$/.test(paragraph.text) || /(?:\.\.\.|…)$/.test(paragraph.text))
  ) {
    const only = out[0];
    if (only) return [{ ...only, heading: true }];
  }
  return out;
}

/** Splits an article into sentences; lines without closing punctuation are marked as headings. */
export function splitSentences(text: string): Sentence[] {
  return paragraphsOf(text).flatMap((paragraph, index) => sentencesOf(paragraph, index));
}
