/** What the date rules share: their context, counts in words, and the year a bare month falls in. */
import { longDay, type Day } from './calendar';
import type { TimeMention } from './mentions';
import { tenseAt, type Tense } from './tense';

/** What every rule reads: the text, the article's date, and the sentence around a spot. */
export interface RuleContext {
  readonly text: string;
  readonly anchor?: Day;
  /** The sentence around an offset, for tense. */
  readonly sentenceAt: (offset: number) => { start: number; text: string };
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

/** A count written as digits or a word ("twenty"); undefined for none or zero. */
export function numberOf(word: string): number | undefined {
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
  return n !== undefined && n > 0 ? n : undefined;
}

/** The tense of the sentence around `offset`. */
export function tenseOf(ctx: RuleContext, offset: number): Tense {
  const sentence = ctx.sentenceAt(offset);
  return tenseAt(sentence.text, offset - sentence.start);
}

/** The year a month without a year falls in, looking back in past-tense sentences. */
export function yearForMonth(
  month: number,
  anchor: Day,
  tense: Tense,
  modifier: 'last' | 'next' | undefined,
): { year: number; other: number } {
  const y = anchor.year;
  if (modifier === 'last')
    return { year: month < anchor.month ? y : y - 1, other: month < anchor.month ? y - 1 : y };
  if (modifier === 'next') return { year: month > anchor.month ? y : y + 1, other: y };
  if (tense === 'past')
    return { year: month <= anchor.month ? y : y - 1, other: month <= anchor.month ? y + 1 : y };
  if (tense === 'future')
    return { year: month >= anchor.month ? y : y + 1, other: month >= anchor.month ? y - 1 : y };
  // No tense: the nearer of the two readings.
  const ahead = month >= anchor.month ? y : y + 1;
  const behind = ahead - 1;
  const gapAhead = (ahead - y) * 12 + month - anchor.month;
  const gapBehind = (y - behind) * 12 + anchor.month - month;
  return gapAhead <= gapBehind ? { year: ahead, other: behind } : { year: behind, other: ahead };
}

export function anchorPhrase(anchor: Day): string {
  return `an article of ${longDay(anchor)}`;
}

/** A relative expression that cannot be dated: the article's date is unknown. */
export function unresolved(
  span: { start: number; end: number; text: string },
  what: string,
): TimeMention {
  return {
    ...span,
    precision: 'approximate',
    relative: true,
    duration: false,
    reason: `'${span.text}' ${what}, and the publication date is unknown`,
    alternatives: [],
  };
}
