import { DAY_MS } from './partial-date';

/** A half-open span of time [from, to) in UTC ms: what the reader has chosen to look at. */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

/** True when an event's [start, end) overlaps the window. */
export function overlaps(window: TimeWindow, start: number, end: number): boolean {
  return start < window.to && end > window.from;
}

/** Keeps a window inside a domain, and at least one day long, preserving its length where it can. */
export function clampWindow(window: TimeWindow, domain: TimeWindow): TimeWindow {
  const span = Math.min(Math.max(window.to - window.from, DAY_MS), domain.to - domain.from);
  let from = Math.max(domain.from, Math.min(window.from, domain.to - span));
  from = snapToDay(from);
  return { from, to: Math.min(domain.to, from + Math.max(span, DAY_MS)) };
}

/** Rounds down to the start of the UTC day: windows move in whole days, as the dates do. */
export function snapToDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Rounds up to the next start of a UTC day (unchanged when already on one). */
export function snapUpToDay(ms: number): number {
  return Math.ceil(ms / DAY_MS) * DAY_MS;
}
