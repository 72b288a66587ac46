import { DATE_WORDS } from '../i18n/date-words';
import type { Locale } from '../i18n/locale';
import type { ResolvedTime } from './event-time';
import { dateFormat, intlCalendarDate, intlCalendarRange, intlClock } from './intl-date';
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

/** "Oct" for 10: the three-letter English month (or the locale's short month), for axes. */
export function shortMonthName(month: number, locale: Locale = 'en'): string {
  if (locale !== 'en') return dateFormat(locale, 'monthShort').format(Date.UTC(2000, month - 1));
  return monthName(month).slice(0, 3);
}

/** "18 October 2021", "October 2021" or "2021": only as much as the date says. */
function formatCalendarDate(date: PartialDate, locale: Locale): string {
  if (locale !== 'en') return intlCalendarDate(date, locale);
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${monthName(date.month)} ${date.year}`;
  return `${date.day} ${monthName(date.month)} ${date.year}`;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** "14:30": a 24-hour clock, as most of the world's newsrooms write it. */
function formatClock(time: TimeOfDay, locale: Locale): string {
  if (locale !== 'en') return intlClock(time.hour, time.minute, locale);
  return `${twoDigits(time.hour)}:${twoDigits(time.minute)}`;
}

/**
 * "UTC+5", "UTC+5:30", "UTC-3", "UTC"; "local time" when the story gives no zone, since the
 * article's own clock is all anyone knows then.
 */
export function formatZone(time: TimeOfDay, locale: Locale = 'en'): string {
  const offset = time.offsetMinutes;
  if (offset === undefined) return DATE_WORDS[locale].localTime;
  if (offset === 0) return 'UTC';
  const sign = offset < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  const written = `UTC${sign}${hours}${minutes === 0 ? '' : `:${twoDigits(minutes)}`}`;
  return locale === 'en' ? written : localDigits(written, locale);
}

/** ASCII digits in the locale's own (Persian "۵"); Russian keeps them. */
function localDigits(text: string, locale: Locale): string {
  const digits = new Intl.NumberFormat(locale, { useGrouping: false });
  return text.replace(/\d/g, (digit) => digits.format(Number(digit)));
}

/**
 * "18 October 2021", "October 2021" or "2021": only as much as the date says; with a time of day,
 * "19 October 2021, 14:30 UTC+5".
 */
export function formatPartialDate(date: PartialDate, locale: Locale = 'en'): string {
  const day = formatCalendarDate(date, locale);
  const comma = DATE_WORDS[locale].dateTimeSeparator;
  return date.time
    ? `${day}${comma}${formatClock(date.time, locale)} ${formatZone(date.time, locale)}`
    : day;
}

function sameZone(a: TimeOfDay, b: TimeOfDay): boolean {
  return a.offsetMinutes === b.offsetMinutes;
}

/** A range of two times of day: the day and the zone said once where they are shared. */
function formatTimeRange(
  start: PartialDate,
  end: PartialDate,
  a: TimeOfDay,
  b: TimeOfDay,
  locale: Locale,
) {
  const dash = DATE_WORDS[locale].rangeSeparator;
  if (!sameZone(a, b)) {
    return `${formatPartialDate(start, locale)}${dash}${formatPartialDate(end, locale)}`;
  }
  const zone = formatZone(b, locale);
  const startDay = formatCalendarDate(start, locale);
  const [from, to] = [formatClock(a, locale), formatClock(b, locale)];
  const comma = DATE_WORDS[locale].dateTimeSeparator;
  if (startDay === formatCalendarDate(end, locale)) {
    return `${startDay}${comma}${from}${locale === 'fa' ? dash : '–'}${to} ${zone}`;
  }
  return `${startDay}${comma}${from}${dash}${formatCalendarDate(end, locale)}${comma}${to} ${zone}`;
}

/**
 * A range written the way editors write it: "18–23 October 2021", "5 August – 10 September 2021",
 * "October 2001 – August 2021". Shared trailing parts are said once.
 */
export function formatDateRange(
  start: PartialDate,
  end: PartialDate,
  locale: Locale = 'en',
): string {
  if (start.time && end.time) return formatTimeRange(start, end, start.time, end.time, locale);
  if (start.time || end.time) {
    const dash = DATE_WORDS[locale].rangeSeparator;
    return `${formatPartialDate(start, locale)}${dash}${formatPartialDate(end, locale)}`;
  }
  if (locale !== 'en') return intlCalendarRange(start, end, locale);
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
export function formatEventTime(time: ResolvedTime, locale: Locale = 'en'): string {
  const written = time.endDate
    ? formatDateRange(time.startDate, time.endDate, locale)
    : formatPartialDate(time.startDate, locale);
  return time.precision === 'approximate' ? DATE_WORDS[locale].about(written) : written;
}

/** A day for a slider or axis: "18 Oct 2021". */
export function formatDay(ms: number, locale: Locale = 'en'): string {
  if (locale !== 'en') return dateFormat(locale, 'dayShort').format(ms);
  const date = new Date(ms);
  return `${date.getUTCDate()} ${shortMonthName(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}

/** A whole day for a screen reader: "18 October 2021". */
export function formatDayLong(ms: number, locale: Locale = 'en'): string {
  if (locale !== 'en') return dateFormat(locale, 'day').format(ms);
  const date = new Date(ms);
  return `${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}
