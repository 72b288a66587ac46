/**
 * The date field's arrow keys: a written date moved by one of its own units ("2021-10-18" a day,
 * "2021-10" a month, "2021" a year, "2021-10-19T14:30" a minute, or an hour when the precision is
 * "hour"), written back in the same shape, its zone kept.
 */
import type { Precision } from '../time/event-time';
import { parseDateText, unitOf } from '../time/partial-date';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The date `delta` units later (earlier when negative); undefined when the text is no date. */
export function stepDate(text: string, precision: Precision, delta: number): string | undefined {
  const date = parseDateText(text);
  if (!date) return undefined;
  const unit = unitOf(date);
  if (unit === 'year') return pad(date.year + delta, 4);
  const month = date.month ?? 1;
  if (unit === 'month') {
    const index = date.year * 12 + (month - 1) + delta;
    return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
  }
  const day = date.day ?? 1;
  if (unit === 'day') {
    const moved = new Date(Date.UTC(date.year, month - 1, day + delta));
    return moved.toISOString().slice(0, 10);
  }
  const time = date.time ?? { hour: 0, minute: 0 };
  const minutes = precision === 'hour' ? 60 * delta : delta;
  const moved = new Date(Date.UTC(date.year, month - 1, day, time.hour, time.minute + minutes));
  const zone = /(Z|[+-]\d{2}:\d{2})$/.exec(text)?.[1] ?? '';
  return `${moved.toISOString().slice(0, 16)}${zone}`;
}

/**
 * A date rewritten to a precision's unit, so that choosing "Month" for "2021-10-18" gives
 * "2021-10" and the precision and dates keep matching. "approximate" keeps any unit.
 */
export function dateForPrecision(text: string, precision: Precision): string {
  const date = parseDateText(text);
  if (!date) return text;
  const year = pad(date.year, 4);
  const month = `${year}-${pad(date.month ?? 1)}`;
  const day = `${month}-${pad(date.day ?? 1)}`;
  const zone = /(Z|[+-]\d{2}:\d{2})$/.exec(text)?.[1] ?? '';
  switch (precision) {
    case 'year':
      return year;
    case 'month':
      return month;
    case 'day':
      return day;
    case 'hour':
      return `${day}T${pad(date.time?.hour ?? 12)}:00${zone}`;
    case 'minute':
      return `${day}T${pad(date.time?.hour ?? 12)}:${pad(date.time?.minute ?? 0)}${zone}`;
    case 'approximate':
      return text;
  }
}
