import type { ResolvedTime } from './event-time';
import { unitOf, type PartialDate, type TimeOfDay } from './partial-date';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** "Oct" for 10: the three-letter English month, for axes and compact ranges. */
export function shortMonthName(month: number): string {
  return monthName(month).slice(0, 3);
}

/** "18 October 2021", "October 2021" or "2021": only as much as the date says. */
function formatCalendarDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${monthName(date.month)} ${date.year}`;
  return `${date.day} ${monthName(date.month)} ${date.year}`;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** "14:30": a 24-hour clock, as most of the world's newsrooms write it. */
function formatClock(time: TimeOfDay): string {
  return `${twoDigits(time.hour)}:${twoDigits(time.minute)}`;
}

/**
 * "UTC+5", "UTC+5:30", "UTC-3", "UTC"; "local time" when the story gives no zone, since the
 * article's own clock is all anyone knows then.
 */
export function formatZone(time: TimeOfDay): string {
  const offset = time.offsetMinutes;
  if (offset === undefined) return 'local time';
  if (offset === 0) return 'UTC';
  const sign = offset < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${sign}${hours}${minutes === 0 ? '' : `:${twoDigits(minutes)}`}`;
}

/**
 * "18 October 2021", "October 2021" or "2021": only as much as the date says; with a time of day,
 * "19 October 2021, 14:30 UTC+5".
 */
export function formatPartialDate(date: PartialDate): string {
  const day = formatCalendarDate(date);
  return date.time ? `${day}, ${formatClock(date.time)} ${formatZone(date.time)}` : day;
}

function sameZone(a: TimeOfDay, b: TimeOfDay): boolean {
  return a.offsetMinutes === b.offsetMinutes;
}

/** A range of two times of day: the day and the zone said once where they are shared. */
function formatTimeRange(start: PartialDate, end: PartialDate, a: TimeOfDay, b: TimeOfDay) {
  if (!sameZone(a, b)) return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  const zone = formatZone(b);
  if (formatCalendarDate(start) === formatCalendarDate(end)) {
    return `${formatCalendarDate(start)}, ${formatClock(a)}–${formatClock(b)} ${zone}`;
  }
  return `${formatCalendarDate(start)}, ${formatClock(a)} – ${formatCalendarDate(end)}, ${formatClock(b)} ${zone}`;
}

/**
 * A range written the way editors write it: "18–23 October 2021", "5 August – 10 September 2021",
 * "October 2001 – August 2021". Shared trailing parts are said once.
 */
export function formatDateRange(start: PartialDate, end: PartialDate): string {
  if (start.time && end.time) return formatTimeRange(start, end, start.time, end.time);
  if (start.time || end.time) return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  const unit = unitOf(start);
  if (unit === unitOf(end) && start.year === end.year) {
    if (unit === 'day' && start.month === end.month) {
      return start.day === end.day
        ? formatPartialDate(start)
        : `${start.day}–${end.day} ${monthName(end.month ?? 1)} ${end.year}`;
    }
    if (unit === 'day')
      return `${start.day} ${monthName(start.month ?? 1)} – ${formatPartialDate(end)}`;
    if (unit === 'month') {
      return start.month === end.month
        ? formatPartialDate(start)
        : `${monthName(start.month ?? 1)}–${formatPartialDate(end)}`;
    }
    return String(start.year);
  }
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/** The honest, human form of an event's time: "about August 2021" when approximate. */
export function formatEventTime(time: ResolvedTime): string {
  const written = time.endDate
    ? formatDateRange(time.startDate, time.endDate)
    : formatPartialDate(time.startDate);
  return time.precision === 'approximate' ? `about ${written}` : written;
}

/** A day for a slider or axis: "18 Oct 2021". */
export function formatDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCDate()} ${shortMonthName(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}

/** A whole day for a screen reader: "18 October 2021". */
export function formatDayLong(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}
