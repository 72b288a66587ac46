/**
 * Dates as stories write them: a year, a month or a day ("2021", "2021-03", "2021-10-18"), and for
 * event times also a time of day ("2021-10-19T14:30", "2021-10-19T14:30+05:00").
 * A partial date stands for the whole span it names, so "2021-03" covers all of March.
 * Instants are milliseconds on one floating clock, computed as if UTC: a calendar date is the
 * article's own day, and a time of day is placed at the clock time written, in its own zone, so
 * "2021-10-19T02:00+05:00" sits on 19 October like every other event of that day. The zone is
 * kept to be shown ("UTC+5"), not to convert: converting would move events to another day than
 * the one the article names, and a time without a zone could not be converted at all.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?$/;

/** How much of a date is written down. */
export type DateUnit = 'year' | 'month' | 'day' | 'minute';

/** A time of day as written: "14:30", with the zone when one is given. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  /** Minutes east of UTC ("+05:00" → 300, "Z" → 0); undefined when no zone is written. */
  readonly offsetMinutes?: number;
}

/** A calendar date known to a year, month or day, and for event times possibly a time of day. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** Only on event times written as YYYY-MM-DDTHH:MM. */
  readonly time?: TimeOfDay;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

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

/**
 * Parses an event time: a partial date, or "YYYY-MM-DDTHH:MM" with an optional "Z" or "±HH:MM".
 * Undefined for anything else or an impossible date, time or zone.
 */
export function parseDateText(text: string): PartialDate | undefined {
  const match = DATE_TIME.exec(text);
  if (!match) return parsePartialDate(text);
  const date = parsePartialDate(text.slice(0, 10));
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  if (!date || hour > 23 || minute > 59) return undefined;
  const zone = match[6];
  if (zone === undefined) return { ...date, time: { hour, minute } };
  const offsetMinutes = parseZone(zone);
  if (offsetMinutes === undefined) return undefined;
  return { ...date, time: { hour, minute, offsetMinutes } };
}

/** "Z" → 0, "+05:30" → 330, "-03:00" → -180; undefined beyond the ±14:00 zones that exist. */
function parseZone(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return undefined;
  return sign * (hours * 60 + minutes);
}

/** True when the text is a valid partial date. */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

/** True when the text is a valid event time: a partial date or a date with a time of day. */
export function isDateText(text: string): boolean {
  return parseDateText(text) !== undefined;
}

/** The finest unit the date gives. */
export function unitOf(date: PartialDate): DateUnit {
  if (date.time !== undefined) return 'minute';
  if (date.day !== undefined) return 'day';
  if (date.month !== undefined) return 'month';
  return 'year';
}

/** First instant of the span the date names (ms on the floating clock; see above). */
export function startOf(date: PartialDate): number {
  const day = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  if (date.time === undefined) return day;
  return day + date.time.hour * HOUR_MS + date.time.minute * MINUTE_MS;
}

/** The calendar date alone, without its time of day. */
export function dayOf(date: PartialDate): PartialDate {
  const { time: _time, ...day } = date;
  return day;
}

/** First instant after the span the date names (UTC ms, exclusive); a time of day spans a minute. */
export function endOf(date: PartialDate): number {
  if (date.time !== undefined) return startOf(date) + MINUTE_MS;
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

export { DAY_MS, HOUR_MS, MINUTE_MS };
