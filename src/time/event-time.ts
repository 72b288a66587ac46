import { HOUR_MS, endOf, parseDateText, startOf, unitOf, type PartialDate } from './partial-date';

/** How precisely a story knows when something happened. */
export type Precision = 'minute' | 'hour' | 'day' | 'month' | 'year' | 'approximate';

/** The precisions that name a day or finer: a map draws such an event's mark solid. */
const KNOWN_TO_THE_DAY: ReadonlySet<Precision> = new Set(['minute', 'hour', 'day']);

/** True when the story knows the day (or the hour, or the minute) of an event. */
export function knownToTheDay(precision: Precision): boolean {
  return KNOWN_TO_THE_DAY.has(precision);
}

/** An event's time as the story states it. */
export interface EventTimeInput {
  readonly start: string;
  readonly end?: string | undefined;
  readonly precision: Precision;
}

/** An event's time resolved to a half-open UTC interval, plus what is needed to say it honestly. */
export interface ResolvedTime {
  /** First instant covered (UTC ms). */
  readonly start: number;
  /** First instant after the event (UTC ms, exclusive). */
  readonly end: number;
  readonly precision: Precision;
  readonly startDate: PartialDate;
  readonly endDate?: PartialDate;
  /** True when the story gives a start and a distinct end. */
  readonly isRange: boolean;
}

/** Resolves a story's time; undefined when a date does not parse (the schema reports that). */
export function resolveTime(time: EventTimeInput): ResolvedTime | undefined {
  const startDate = parseDateText(time.start);
  const endDate = time.end === undefined ? undefined : parseDateText(time.end);
  if (!startDate || (time.end !== undefined && !endDate)) return undefined;
  const last = endDate ?? startDate;
  const start = startOf(startDate);
  // A time known to the hour covers that hour, not only the minute written ("14:00").
  const end = time.precision === 'hour' && last.time ? startOf(last) + HOUR_MS : endOf(last);
  return {
    start,
    end,
    precision: time.precision,
    startDate,
    ...(endDate ? { endDate } : {}),
    isRange: endDate !== undefined && time.end !== time.start,
  };
}

/**
 * True when the written dates match the stated precision: "minute" needs "YYYY-MM-DDTHH:MM",
 * "hour" the same with ":00" minutes, "day" needs "YYYY-MM-DD", "month" needs "YYYY-MM", "year"
 * needs "YYYY"; "approximate" may be written at any unit.
 * A mismatch would show a reader more (or less) precision than the story claims.
 */
export function precisionMatchesDates(time: EventTimeInput): boolean {
  if (time.precision === 'approximate') return true;
  const dates = [time.start, time.end].filter((text): text is string => text !== undefined);
  return dates.every((text) => {
    const date = parseDateText(text);
    if (date === undefined) return false;
    if (time.precision === 'hour') return date.time !== undefined && date.time.minute === 0;
    return unitOf(date) === time.precision;
  });
}
