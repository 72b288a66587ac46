/**
 * Dates as stories write them: a year, a month or a day ("2021", "2021-03", "2021-10-18").
 * A partial date stands for the whole span it names, so "2021-03" covers all of March.
 * All instants are UTC milliseconds: the article's calendar dates have no time zone to honour.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** How much of a date is written down. */
export type DateUnit = 'year' | 'month' | 'day';

/** A calendar date known to a year, month or day. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const DAY_MS = 86_400_000;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns undefined for anything else or an impossible date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when the text is a valid partial date. */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

/** The finest unit the date gives. */
export function unitOf(date: PartialDate): DateUnit {
  if (date.day !== undefined) return 'day';
  if (date.month !== undefined) return 'month';
  return 'year';
}

/** First instant of the span the date names (UTC ms). */
export function startOf(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** First instant after the span the date names (UTC ms, exclusive). */
export function endOf(date: PartialDate): number {
  if (date.day !== undefined) return startOf(date) + DAY_MS;
  if (date.month !== undefined) return Date.UTC(date.year, date.month, 1);
  return Date.UTC(date.year + 1, 0, 1);
}

/** Days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Formats an instant as "YYYY-MM-DD" (UTC), the form URLs carry. */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Parses "YYYY-MM-DD" (or a coarser partial date) to its first instant. */
export function isoDayToMs(text: string): number | undefined {
  const date = parsePartialDate(text);
  return date ? startOf(date) : undefined;
}

export { DAY_MS };
