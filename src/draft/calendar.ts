/** Calendar arithmetic on UTC dates, and the TIMEX3-style values the draft writes. */

export interface Day {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function dayValue(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function monthValue(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function toDate(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
}

export function fromDate(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  const date = toDate(d);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Day): number {
  return toDate(d).getUTCDay();
}

/** Parses "YYYY-MM-DD" strictly (a real calendar day), else undefined. */
export function parseDay(value: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const d = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const round = fromDate(toDate(d));
  return round.year === d.year && round.month === d.month && round.day === d.day ? d : undefined;
}

const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July'].concat([
  'August',
  'September',
  'October',
  'November',
  'December',
]);

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** "Monday 18 October 2021": how a reason names the anchor day. */
export function longDay(d: Day): string {
  return `${WEEKDAY_NAMES[weekday(d)] ?? ''} ${d.day} ${monthName(d.month)} ${d.year}`;
}

/** Reads a month name or its three-letter form ("Sept", "Oct."), 1–12, else undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const index = MONTH_NAMES.findIndex((m) => {
    const name = m.toLowerCase();
    return name === w || (w.length >= 3 && name.startsWith(w) && (w.length === 3 || w === 'sept'));
  });
  return index < 0 ? undefined : index + 1;
}

export const MONTH_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
