/**
 * Dates people type into a free-text field (StoryMapJS's `date`): "Aug 23", "March 29, 2020",
 * "1880s", "c. 1900", "Spring 1862", "8/23/2005". Each becomes format 2's time at the precision
 * the words give; what had to be guessed (a day/month order, a season's months) is said.
 */
import type { GuessReason, ImportedTime } from './imported-story';

export type FreeDate =
  | { readonly kind: 'date'; readonly time: ImportedTime; readonly guess?: GuessReason }
  | { readonly kind: 'yearless'; readonly month: number; readonly day?: number }
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable' };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// Northern-hemisphere meteorological seasons: the usual sense in the English-language press.
const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
};

const YEAR = '(\\d{4})';
const MONTH = '([a-z]{3,9})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const PATTERNS = {
  iso: /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/,
  monthDayYear: new RegExp(`^${MONTH}\\s+${DAY},?\\s+${YEAR}$`),
  dayMonthYear: new RegExp(`^${DAY}\\s+${MONTH},?\\s+${YEAR}$`),
  monthYear: new RegExp(`^${MONTH},?\\s+${YEAR}$`),
  monthDay: new RegExp(`^${MONTH}\\s+${DAY}$`),
  dayMonth: new RegExp(`^${DAY}\\s+${MONTH}$`),
  decade: /^(\d{3})0s$/,
  circa: /^(?:c\.|ca\.|circa|about|around|approx\.?)\s*(\d{4})$/,
  season: /^(spring|summer|autumn|fall)\s+(\d{4})$/,
  yearRange: /^(\d{4})\s*[-–—]\s*(\d{4})$/,
  numeric: /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/,
};

/** Reads a free-text date. */
export function readFreeDate(input: string): FreeDate {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return { kind: 'none' };
  let match = PATTERNS.iso.exec(text);
  if (match) return day(Number(match[1]), num(match[2]), num(match[3]));
  match = PATTERNS.monthDayYear.exec(text);
  if (match && month(match[1])) return day(Number(match[3]), month(match[1]), Number(match[2]));
  match = PATTERNS.dayMonthYear.exec(text);
  if (match && month(match[2])) return day(Number(match[3]), month(match[2]), Number(match[1]));
  match = PATTERNS.monthYear.exec(text);
  if (match && month(match[1])) return day(Number(match[2]), month(match[1]));
  const monthDay = PATTERNS.monthDay.exec(text) ?? swap(PATTERNS.dayMonth.exec(text));
  if (monthDay) {
    const m = month(monthDay[1]);
    const d = Number(monthDay[2]);
    return m === undefined || d < 1 || d > 31
      ? { kind: 'unreadable' }
      : { kind: 'yearless', month: m, day: d };
  }
  if (month(text) !== undefined) return { kind: 'yearless', month: month(text) ?? 1 };
  return readLooseDate(text, input.trim());
}

function readLooseDate(text: string, original: string): FreeDate {
  let match = PATTERNS.decade.exec(text);
  if (match) {
    const start = Number(`${match[1]}0`);
    return dated({ start: year4(start), end: year4(start + 9), precision: 'year' });
  }
  match = PATTERNS.circa.exec(text);
  if (match) return dated({ start: year4(Number(match[1])), precision: 'approximate' });
  match = PATTERNS.season.exec(text);
  if (match) {
    const [first, last] = SEASONS[match[1] ?? ''] ?? [1, 12];
    const y = Number(match[2]);
    return dated(
      {
        start: `${year4(y)}-${pad(first)}`,
        end: `${year4(y)}-${pad(last)}`,
        precision: 'approximate',
      },
      { field: 'time', text: `"${original}" read as the northern-hemisphere season.` },
    );
  }
  match = PATTERNS.yearRange.exec(text);
  if (match && Number(match[2]) >= Number(match[1])) {
    return dated({
      start: year4(Number(match[1])),
      end: year4(Number(match[2])),
      precision: 'year',
    });
  }
  match = PATTERNS.numeric.exec(text);
  if (match) return numericDate(Number(match[1]), Number(match[2]), Number(match[3]), original);
  return { kind: 'unreadable' };
}

/** "8/23/2005" is month first, "23/8/2005" day first; "3/4/2005" could be either. */
function numericDate(first: number, second: number, y: number, original: string): FreeDate {
  if (first > 12) return day(y, second, first);
  if (second > 12) return day(y, first, second);
  const usual = day(y, first, second);
  if (usual.kind !== 'date' || first === second) return usual;
  const other = `${year4(y)}-${pad(second)}-${pad(first)}`;
  return {
    ...usual,
    guess: {
      field: 'time',
      text: `"${original}" read month first, as StoryMapJS's American editor writes dates.`,
      alternatives: [other],
    },
  };
}

function day(y: number, m?: number, d?: number): FreeDate {
  if (y < 100 || m === 0 || (m !== undefined && m > 12)) return { kind: 'unreadable' };
  if (m === undefined) return dated({ start: year4(y), precision: 'year' });
  if (d === undefined) return dated({ start: `${year4(y)}-${pad(m)}`, precision: 'month' });
  if (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return { kind: 'unreadable' };
  return dated({ start: `${year4(y)}-${pad(m)}-${pad(d)}`, precision: 'day' });
}

/** A yearless date with the year it was given. */
export function withYear(date: { month: number; day?: number }, y: number): FreeDate {
  return day(y, date.month, date.day);
}

function dated(time: ImportedTime, guess?: GuessReason): FreeDate {
  return guess ? { kind: 'date', time, guess } : { kind: 'date', time };
}

function month(name: string | undefined): number | undefined {
  if (name === undefined || name.length < 3) return undefined;
  // "Aug", "Aug." and "August" (and "Sept") read; "Augustus" does not.
  const index = MONTHS.findIndex(
    (full) => full.startsWith(name) || (name === 'sept' && full === 'september'),
  );
  return index === -1 ? undefined : index + 1;
}

function swap(match: RegExpExecArray | null): readonly string[] | null {
  return match ? [match[0], match[2] ?? '', match[1] ?? ''] : null;
}

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function year4(y: number): string {
  return String(y).padStart(4, '0');
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
