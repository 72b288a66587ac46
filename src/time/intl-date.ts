/**
 * Dates in Russian and Persian through Intl, keeping the precision the story gives: a month stays a
 * month ("октябрь 2021 г.", "اکتبر ۲۰۲۱") and a range stays a range.
 *
 * Persian uses the Gregorian calendar with Persian digits and month names ("۱۸ اکتبر ۲۰۲۱"), not
 * the Solar Hijri calendar that Intl picks by default for "fa": the sources of a news story date
 * their events in Gregorian, and a Gregorian month straddles two Solar Hijri months (October 2021
 * is part Mehr, part Aban 1400), so converting "October 2021" would either invent precision or
 * turn one month into a range the article never wrote. Persian-language news outlets (BBC Persian,
 * Radio Azadi for Dari) print Gregorian dates for foreign events the same way.
 */
import type { Locale } from '../i18n/locale';
import { DATE_WORDS } from '../i18n/date-words';
import type { PartialDate } from './partial-date';

/** The locale as Intl should read it: Persian pinned to the Gregorian calendar. */
export function intlTag(locale: Locale): string {
  return locale === 'fa' ? 'fa-u-ca-gregory' : locale;
}

type Fields =
  | 'year'
  | 'month'
  | 'day'
  | 'dayShort'
  | 'dayMonthShort'
  | 'monthShort'
  | 'monthYearShort'
  | 'clock';

const OPTIONS: Record<Fields, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  dayShort: { year: 'numeric', month: 'short', day: 'numeric' },
  dayMonthShort: { month: 'short', day: 'numeric' },
  monthShort: { month: 'short' },
  monthYearShort: { year: 'numeric', month: 'short' },
  clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and field set; every date is on the floating UTC clock. */
export function dateFormat(locale: Locale, fields: Fields): Intl.DateTimeFormat {
  const key = `${locale} ${fields}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag(locale), { ...OPTIONS[fields], timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

function instant(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

function calendarFields(date: PartialDate): Fields {
  if (date.month === undefined) return 'year';
  return date.day === undefined ? 'month' : 'day';
}

/** A calendar date in the locale, to the precision written. */
export function intlCalendarDate(date: PartialDate, locale: Locale): string {
  return dateFormat(locale, calendarFields(date)).format(instant(date));
}

/** A range of calendar dates: Intl says the shared parts once when both ends have one precision. */
export function intlCalendarRange(start: PartialDate, end: PartialDate, locale: Locale): string {
  const fields = calendarFields(start);
  if (fields !== calendarFields(end)) {
    const words = DATE_WORDS[locale];
    return `${intlCalendarDate(start, locale)}${words.rangeSeparator}${intlCalendarDate(end, locale)}`;
  }
  return dateFormat(locale, fields).formatRange(instant(start), instant(end));
}

/** "14:30" in the locale's digits. */
export function intlClock(hour: number, minute: number, locale: Locale): string {
  return dateFormat(locale, 'clock').format(Date.UTC(2000, 0, 1, hour, minute));
}

/** An axis tick's label in the locale: the same units and year rule as the English labels. */
export function intlTickLabel(
  ms: number,
  unit: 'year' | 'month' | 'day' | 'hour',
  withYear: boolean,
  locale: Locale,
): string {
  const date = new Date(ms);
  if (unit === 'year') return dateFormat(locale, 'year').format(ms);
  if (unit === 'month')
    return dateFormat(locale, withYear ? 'monthYearShort' : 'monthShort').format(ms);
  if (unit === 'hour' && (date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0)) {
    return intlClock(date.getUTCHours(), 0, locale);
  }
  return dateFormat(locale, withYear ? 'dayShort' : 'dayMonthShort').format(ms);
}
