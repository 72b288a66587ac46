/**
 * How the time window moves: by its edges or as a whole, by keys or by playback. Windows are
 * half-open [from, to) in whole UTC days and stay inside the story's span (`domain`).
 */
import { DAY_MS } from './partial-date';
import { overlaps, snapToDay, snapUpToDay, type TimeWindow } from './time-window';

/** A calendar-month step from a day, keeping the day of month where the month has it. */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay));
}

/** What a slider key does to a day value: ±1 day, ±1 month, or to either end. */
export function sliderKeyValue(
  key: string,
  value: number,
  min: number,
  max: number,
): number | undefined {
  let next: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = value + DAY_MS;
      break;
    case 'ArrowLeft':
    case 'ArrowDown':
      next = value - DAY_MS;
      break;
    case 'PageUp':
      next = addMonths(value, 1);
      break;
    case 'PageDown':
      next = addMonths(value, -1);
      break;
    case 'Home':
      next = min;
      break;
    case 'End':
      next = max;
      break;
    default:
      return undefined;
  }
  return Math.min(Math.max(next, min), max);
}

/** The range and value of each window slider: its first day, its last day, or its position. */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly now: number;
}

/** The start slider: the window's first day, from the story's first day to the window's last. */
export function startRange(window: TimeWindow, domain: TimeWindow): SliderRange {
  return { min: snapToDay(domain.from), max: window.to - DAY_MS, now: window.from };
}

/** The end slider: the window's last included day. */
export function endRange(window: TimeWindow, domain: TimeWindow): SliderRange {
  return { min: window.from, max: snapUpToDay(domain.to) - DAY_MS, now: window.to - DAY_MS };
}

/** The position slider: the window's first day, as far as the window's length allows. */
export function positionRange(window: TimeWindow, domain: TimeWindow): SliderRange {
  const max = Math.max(snapToDay(domain.from), snapUpToDay(domain.to) - (window.to - window.from));
  return { min: snapToDay(domain.from), max, now: window.from };
}

/** Moves the first day, keeping at least one day in the window. */
export function withStart(window: TimeWindow, from: number, domain: TimeWindow): TimeWindow {
  const range = startRange(window, domain);
  return { from: Math.min(Math.max(snapToDay(from), range.min), range.max), to: window.to };
}

/** Moves the end (exclusive), keeping at least one day in the window. */
export function withEnd(window: TimeWindow, to: number, domain: TimeWindow): TimeWindow {
  const max = snapUpToDay(domain.to);
  return { from: window.from, to: Math.min(Math.max(snapToDay(to), window.from + DAY_MS), max) };
}

/** Moves the whole window so it starts at `from`, keeping its length. */
export function withPosition(window: TimeWindow, from: number, domain: TimeWindow): TimeWindow {
  const range = positionRange(window, domain);
  const start = Math.min(Math.max(snapToDay(from), range.min), range.max);
  return { from: start, to: start + (window.to - window.from) };
}

/**
 * The window after stepping to an event: unchanged when they overlap; otherwise slid, keeping
 * its length, so the event is its last day (going forward) or its first (going back).
 */
export function windowIncluding(
  window: TimeWindow,
  start: number,
  end: number,
  domain: TimeWindow,
): TimeWindow {
  if (overlaps(window, start, end)) return window;
  const length = window.to - window.from;
  const from = start >= window.to ? snapToDay(start) + DAY_MS - length : snapToDay(start);
  return withPosition(window, from, domain);
}

/** Where playback stops: the end of the visible axis, or of the story if that comes first. */
export function playStop(axis: TimeWindow, domain: TimeWindow): number {
  return Math.min(snapUpToDay(axis.to), snapUpToDay(domain.to));
}

/**
 * The window playback starts from. Play reveals cumulatively: the window's start stays and its
 * end (the playhead) moves forward. At the end, or before the axis, the playhead restarts one
 * day into the visible axis.
 */
export function playStart(window: TimeWindow, axis: TimeWindow, domain: TimeWindow): TimeWindow {
  const firstDay = Math.max(snapToDay(axis.from), snapToDay(domain.from));
  if (window.to < playStop(axis, domain) && window.to > firstDay) return window;
  return { from: window.from, to: Math.max(window.from, firstDay) + DAY_MS };
}

/** Days per playback step: about `steps` steps across the axis, never less than a day. */
export function playStepMs(axis: TimeWindow, steps: number): number {
  return Math.max(DAY_MS, snapToDay((axis.to - axis.from) / steps));
}

/** One playback step; `done` once the playhead reaches the stop. */
export function playAdvance(
  window: TimeWindow,
  step: number,
  stop: number,
): { window: TimeWindow; done: boolean } {
  const to = Math.min(window.to + step, stop);
  return {
    window: { from: window.from, to: Math.max(to, window.from + DAY_MS) },
    done: to >= stop,
  };
}
