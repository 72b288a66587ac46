/** Compact day ranges for tight places like the timeline's summary: "18–23 Oct 2021". */
import { DAY_MS } from './partial-date';
import type { Locale } from '../i18n/locale';
import { formatDay, shortMonthName } from './format-date';
import { dateFormat } from './intl-date';

/**
 * The days of a half-open window [from, to), said once each: "18 Oct 2021", "18–23 Oct 2021",
 * "30 Sep – 4 Oct 2021", "7 Oct 2001 – 24 Oct 2021".
 */
export function formatShortRange(from: number, to: number, locale: Locale = 'en'): string {
  const last = Math.max(from, to - DAY_MS);
  if (locale !== 'en') return dateFormat(locale, 'dayShort').formatRange(from, last);
  const a = new Date(from);
  const b = new Date(last);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${formatDay(from)} – ${formatDay(last)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) {
    return `${a.getUTCDate()} ${shortMonthName(a.getUTCMonth() + 1)} – ${formatDay(last)}`;
  }
  if (a.getUTCDate() !== b.getUTCDate()) return `${a.getUTCDate()}–${formatDay(last)}`;
  return formatDay(from);
}
