/**
 * Dates counted from the date before them, not from the article's: "arrested on March 3 and
 * charged the next day", "released in 2019 … the following year", "two weeks later", "the
 * previous year". chrono-node counts "the next day" from the publication date, and reads "the
 * following year" not at all.
 */
import { addDays, dayValue, monthValue, parseDay } from './calendar';
import type { TimeMention } from './mentions';
import { numberOf } from './rule-context';

type Unit = 'day' | 'week' | 'month' | 'year';

const UNIT = '(day|week|month|year)';
const EARLIER_DATE = new RegExp(
  [
    `\\bthe\\s+(next|following|previous|preceding|prior)\\s+${UNIT}\\b`,
    // "charged the day after." counts from the date before; "the day after his arrest" from
    // an event, whose date is not known here.
    `\\bthe\\s+${UNIT}\\s+(before|after)(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:and|but|when|as)\\b)`,
    `\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+${UNIT}s?\\s+(later|earlier)\\b`,
  ].join('|'),
  'gi',
);

interface Step {
  readonly unit: Unit;
  /** How many units, negative for back. */
  readonly count: number;
}

function stepOf(m: RegExpMatchArray): Step | undefined {
  const [, which, unitA, unitB, side, count, unitC, way] = m;
  const unit = (unitA ?? unitB ?? unitC ?? '').toLowerCase();
  if (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') return undefined;
  if (which) return { unit, count: /next|following/i.test(which) ? 1 : -1 };
  if (side) return { unit, count: /after/i.test(side) ? 1 : -1 };
  const n = numberOf(count ?? '');
  return n === undefined ? undefined : { unit, count: /later/i.test(way ?? '') ? n : -n };
}

/** The date `step` from `from` (YYYY, YYYY-MM or YYYY-MM-DD), at the coarser of the two units. */
function stepFrom(from: string, step: Step): string {
  const [year = 0, month = 1] = from.split('-').map(Number);
  if (step.unit === 'year') return String(year + step.count);
  // "The next month" after "in 2019" is still only known to the year.
  if (from.length < 7) return from;
  if (step.unit === 'month') {
    const index = year * 12 + (month - 1) + step.count;
    return monthValue(Math.floor(index / 12), (index % 12) + 1);
  }
  const day = parseDay(from);
  // "The next day" after "in March" is still only known to the month.
  if (!day) return from;
  return dayValue(addDays(day, step.count * (step.unit === 'week' ? 7 : 1)));
}

function precisionOf(value: string): 'year' | 'month' | 'day' | undefined {
  if (value.length === 4) return 'year';
  if (value.length === 7) return 'month';
  return value.length === 10 ? 'day' : undefined;
}

/** Does the text between two offsets leave more than one paragraph break behind? */
function tooFar(text: string, from: number, to: number): boolean {
  return (text.slice(from, to).match(/\n\s*\n/g) ?? []).length > 1;
}

/**
 * The mentions with every "the next day" counted from the nearest date before it in its
 * paragraph or the one before (a span's end when counting on, its start when counting back);
 * chrono's readings of the same words are replaced, and one with no date near is left unresolved.
 */
export function countFromEarlier(mentions: readonly TimeMention[], text: string): TimeMention[] {
  const steps = [...text.matchAll(EARLIER_DATE)].flatMap((m) => {
    const step = stepOf(m);
    return step ? [{ start: m.index, end: m.index + m[0].length, text: m[0], step }] : [];
  });
  if (steps.length === 0) return [...mentions];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const out = mentions.filter((m) => !steps.some((s) => overlaps(s, m)));
  for (const s of steps) {
    const before = out
      .filter((m) => m.end <= s.start && m.startDate && !m.duration)
      .sort((a, b) => b.end - a.end)[0];
    const from =
      before && !tooFar(text, before.end, s.start)
        ? s.step.count > 0
          ? (before.endDate ?? before.startDate)
          : before.startDate
        : undefined;
    const value = from ? stepFrom(from, s.step) : undefined;
    const precision = value ? precisionOf(value) : undefined;
    const base = { start: s.start, end: s.end, text: s.text, relative: true, duration: false };
    out.push(
      value && precision && before
        ? {
            ...base,
            value,
            startDate: value,
            precision,
            reason: `'${s.text}' counted from '${before.text}'${before.text === from ? '' : ` (${from})`}, the date before it`,
            alternatives: [],
          }
        : {
            ...base,
            precision: 'approximate',
            reason: `'${s.text}' counts from a date the article does not give near it`,
            alternatives: [],
          },
    );
  }
  return out.sort((a, b) => a.start - b.start);
}
