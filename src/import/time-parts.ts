/**
 * Dates that files give in parts (TimelineJS's year/month/day/hour/minute) written as format 2
 * writes them, at the precision the parts support and no finer.
 */
import type { ImportedTime } from './imported-story';
import type { DateUnit, NoteReason, PartsProblem } from './import-notes';

/** A date as fields, each possibly missing; numbers or numeric strings. */
export interface DateParts {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
  readonly hour?: unknown;
  readonly minute?: unknown;
}

type Unit = DateUnit;
const UNITS: readonly Unit[] = ['year', 'month', 'day', 'hour', 'minute'];

interface Checked {
  readonly values: readonly number[];
  readonly unit: Unit;
}

// Years below 100 are left out: JavaScript's Date reads them as 1900-1999, so the timeline
// would put them in the wrong century. Negative (BCE) years have no YYYY form at all.
const FIRST_YEAR = 100;
const LAST_YEAR = 9999;

/** A time from start (and end) parts, or why there is none. */
export function timeFromParts(
  start: DateParts,
  end?: DateParts,
): { time: ImportedTime; notes: NoteReason[] } | { problem: PartsProblem } {
  const from = checkParts(start);
  if ('problem' in from) return from;
  const notes: NoteReason[] = [];
  let to: Checked | undefined;
  if (end && !isBlank(end.year)) {
    const checked = checkParts(end);
    if ('problem' in checked) notes.push({ code: 'end-left-out', why: checked.problem });
    else to = checked;
  }
  const unit = to ? coarser(from.unit, to.unit) : from.unit;
  if (to && to.unit !== from.unit) {
    notes.push({ code: 'units-differ', unit });
  }
  const startText = write(from.values, unit);
  let endText = to ? write(to.values, unit) : undefined;
  if (endText !== undefined && endText < startText) {
    notes.push({ code: 'end-before-start' });
    endText = undefined;
  }
  const time: ImportedTime = {
    start: startText,
    ...(endText !== undefined && endText !== startText ? { end: endText } : {}),
    precision: unit,
    ...(to && to.unit !== from.unit
      ? { note: `The file gives ${write(from.values, from.unit)} to ${write(to.values, to.unit)}.` }
      : {}),
  };
  return { time, notes };
}

function checkParts(parts: DateParts): Checked | { problem: PartsProblem } {
  const values: number[] = [];
  for (const unit of UNITS) {
    const raw = parts[unit];
    if (isBlank(raw)) break;
    const value = toInteger(raw);
    if (value === undefined)
      return { problem: { code: 'part-not-number', unit, value: String(raw) } };
    values.push(value);
  }
  const [year, month, day, hour, minute] = values;
  if (year === undefined) return { problem: { code: 'no-year' } };
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return { problem: { code: 'year-range', first: FIRST_YEAR, last: LAST_YEAR } };
  }
  if (month !== undefined && (month < 1 || month > 12)) {
    return { problem: { code: 'month-range', month } };
  }
  if (month !== undefined && day !== undefined && (day < 1 || day > daysIn(year, month))) {
    return { problem: { code: 'no-such-day', year, month, day } };
  }
  if (hour !== undefined && (hour < 0 || hour > 23)) {
    return { problem: { code: 'hour-range', hour } };
  }
  if (minute !== undefined && (minute < 0 || minute > 59)) {
    return { problem: { code: 'minute-range', minute } };
  }
  const unit = UNITS[values.length - 1] ?? 'year';
  return { values, unit };
}

function write(values: readonly number[], unit: Unit): string {
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0] = values;
  const date = [String(year).padStart(4, '0'), pad(month), pad(day)];
  const count = UNITS.indexOf(unit) + 1;
  const calendar = date.slice(0, Math.min(count, 3)).join('-');
  return count > 3 ? `${calendar}T${pad(hour)}:${pad(minute)}` : calendar;
}

function coarser(a: Unit, b: Unit): Unit {
  return UNITS[Math.min(UNITS.indexOf(a), UNITS.indexOf(b))] ?? 'year';
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

function toInteger(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isInteger(number) ? number : undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
