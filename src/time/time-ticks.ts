/**
 * Axis ticks by zoom level: years when zoomed out, then months, then days, and for stories with
 * times of day, hours ("14:00", with the day's name at midnight). The interval is the
 * finest whose labels do not collide at the axis's pixel width; labels read "2021", "Oct",
 * "18 Oct", with the year added where it changes, never as ISO dates.
 */
import type { Locale } from '../i18n/locale';
import { shortMonthName } from './format-date';
import { intlTickLabel } from './intl-date';
import { DAY_MS, HOUR_MS, daysInMonth } from './partial-date';
import type { TimeWindow } from './time-window';

/** The calendar unit ticks fall on. */
export type TickUnit = 'hour' | 'day' | 'month' | 'year';

/** Every `step` units: days on fixed days of the month, months from January, years on multiples. */
export interface TickInterval {
  readonly unit: TickUnit;
  readonly step: number;
}

/** A labelled tick. */
export interface AxisTick {
  readonly ms: number;
  readonly label: string;
}

/** Labelled ticks, plus unlabelled minor ticks between them (instants, UTC ms). */
export interface AxisTicks {
  readonly interval: TickInterval;
  readonly major: readonly AxisTick[];
  readonly minor: readonly number[];
}

/** Finest first. Days fall on 1, 1+step, … of each month, so every month starts on a tick. */
const TICK_INTERVALS: readonly TickInterval[] = [
  { unit: 'hour', step: 1 },
  { unit: 'hour', step: 3 },
  { unit: 'hour', step: 6 },
  { unit: 'hour', step: 12 },
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'day', step: 5 },
  { unit: 'day', step: 10 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 2 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 10 },
  { unit: 'year', step: 20 },
  { unit: 'year', step: 50 },
  { unit: 'year', step: 100 },
];

/** Room a label needs (px) at 12–13 px type: the widest label of the unit plus a gap. */
const LABEL_ROOM: Readonly<Record<TickUnit, number>> = { hour: 64, day: 64, month: 60, year: 44 };
/** Minor ticks closer than this would blur into a grey band. */
const MINOR_ROOM = 8;

/** Typical length of one interval (ms), for choosing by pixel spacing. */
function intervalMs(interval: TickInterval): number {
  const unit =
    interval.unit === 'hour'
      ? HOUR_MS
      : interval.unit === 'day'
        ? DAY_MS
        : interval.unit === 'month'
          ? 30.44 * DAY_MS
          : 365.25 * DAY_MS;
  return unit * interval.step;
}

/**
 * The finest interval whose ticks are at least `room` px apart (the coarsest if none is); hours
 * only when `finest` allows them.
 */
function chooseInterval(
  domain: TimeWindow,
  width: number,
  finest: FinestTick,
  room?: number,
): TickInterval {
  const pxPerMs = width / Math.max(1, domain.to - domain.from);
  const found = TICK_INTERVALS.find(
    (interval) =>
      (finest === 'hour' || interval.unit !== 'hour') &&
      intervalMs(interval) * pxPerMs >= (room ?? LABEL_ROOM[interval.unit]),
  );
  return found ?? { unit: 'year', step: 100 };
}

/** Tick instants of an interval inside [domain.from, domain.to]. */
export function tickInstants(domain: TimeWindow, interval: TickInterval): number[] {
  const first = new Date(domain.from);
  const result: number[] = [];
  const push = (ms: number) => {
    if (ms >= domain.from && ms <= domain.to) result.push(ms);
  };
  if (interval.unit === 'hour') {
    const every = interval.step * HOUR_MS;
    for (let ms = Math.ceil(domain.from / every) * every; ms <= domain.to; ms += every) push(ms);
    return result;
  }
  if (interval.unit === 'year') {
    const start = Math.floor(first.getUTCFullYear() / interval.step) * interval.step;
    for (let year = start; Date.UTC(year, 0, 1) <= domain.to; year += interval.step)
      push(Date.UTC(year, 0, 1));
    return result;
  }
  const year = first.getUTCFullYear();
  let month = first.getUTCMonth();
  if (interval.unit === 'month') month -= month % interval.step;
  for (
    ;
    Date.UTC(year, month, 1) <= domain.to;
    month += interval.unit === 'month' ? interval.step : 1
  ) {
    if (interval.unit === 'month') {
      push(Date.UTC(year, month, 1));
      continue;
    }
    const days = daysInMonth(
      new Date(Date.UTC(year, month, 1)).getUTCFullYear(),
      (((month % 12) + 12) % 12) + 1,
    );
    // Skip a last tick that would crowd the next month's first (e.g. the 31st before the 1st).
    for (let day = 1; day <= days - Math.floor(interval.step / 2); day += interval.step) {
      push(Date.UTC(year, month, day));
    }
  }
  return result;
}

/** The label for a tick; `withYear` adds the year where the reader needs it. */
function tickLabel(ms: number, unit: TickUnit, withYear: boolean, locale: Locale): string {
  if (locale !== 'en') return intlTickLabel(ms, unit, withYear, locale);
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = shortMonthName(date.getUTCMonth() + 1);
  if (unit === 'year') return String(year);
  if (unit === 'month') return withYear ? `${month} ${year}` : month;
  if (unit === 'hour' && (date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0)) {
    return `${String(date.getUTCHours()).padStart(2, '0')}:00`;
  }
  const day = `${date.getUTCDate()} ${month}`;
  return withYear ? `${day} ${year}` : day;
}

/** The finest unit an axis may tick: hours only for stories that give times of day. */
export type FinestTick = 'hour' | 'day';

/**
 * Ticks for an axis `width` px wide. The first label and each label in a new year carry the
 * year, so a reader never has to guess which October it is.
 */
export function axisTicks(
  domain: TimeWindow,
  width: number,
  finest: FinestTick = 'day',
  locale: Locale = 'en',
): AxisTicks {
  const interval = chooseInterval(domain, width, finest);
  let lastYear: number | undefined;
  const major = tickInstants(domain, interval).map((ms) => {
    const year = new Date(ms).getUTCFullYear();
    const label = tickLabel(ms, interval.unit, year !== lastYear, locale);
    // An hour label says no year, so the next day label must.
    if (!/^\d\d:00$/.test(label)) lastYear = year;
    return { ms, label };
  });
  const finer = chooseInterval(domain, width, finest, MINOR_ROOM);
  const majorSet = new Set(major.map((tick) => tick.ms));
  const minor =
    intervalMs(finer) < intervalMs(interval)
      ? tickInstants(domain, finer).filter((ms) => !majorSet.has(ms))
      : [];
  return { interval, major, minor };
}
