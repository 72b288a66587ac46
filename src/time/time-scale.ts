/**
 * The timeline's scale: a linear map from time (UTC ms) to pixels across the axis, and the
 * zoom and pan arithmetic on the axis span. No rounding to days here: the axis may sit anywhere,
 * only the window moves in whole days.
 */
import { DAY_MS, HOUR_MS } from './partial-date';
import type { TimeWindow } from './time-window';

/** A linear map between the axis span and `width` pixels. */
export interface TimeScale {
  readonly domain: TimeWindow;
  readonly width: number;
  /** Pixels from the axis's left edge to an instant. */
  readonly x: (ms: number) => number;
  /** The instant at a pixel offset. */
  readonly ms: (x: number) => number;
  /** Milliseconds per pixel (0 when the axis has no width yet). */
  readonly msPerPx: number;
}

/** Builds a scale; a zero width (not laid out yet) maps everything to 0. */
export function createTimeScale(domain: TimeWindow, width: number): TimeScale {
  const span = Math.max(1, domain.to - domain.from);
  const pxPerMs = width > 0 ? width / span : 0;
  const msPerPx = width > 0 ? span / width : 0;
  return {
    domain,
    width,
    msPerPx,
    x: (ms) => (ms - domain.from) * pxPerMs,
    ms: (x) => domain.from + x * msPerPx,
  };
}

/** How far the axis may go: never narrower than a few days, never wider than the padded story. */
export interface AxisLimits {
  readonly outer: TimeWindow;
  readonly minSpan: number;
}

/** The shortest axis: a few days, so single days stay distinguishable but the axis never empties. */
export const MIN_AXIS_SPAN = 5 * DAY_MS;

/** The shortest axis of a story with times of day: a few hours, so its hours stay apart. */
export const MIN_TIMED_AXIS_SPAN = 6 * HOUR_MS;

/** Limits for a story's span; the padding keeps marks at the very ends off the axis edge. */
export function axisLimits(span: TimeWindow, minSpan: number = MIN_AXIS_SPAN): AxisLimits {
  const pad = Math.max((span.to - span.from) * 0.02, 2 * DAY_MS);
  return { outer: { from: span.from - pad, to: span.to + pad }, minSpan };
}

/** The axis that shows the whole story: "Fit all". */
export function fitAxis(limits: AxisLimits): TimeWindow {
  return limits.outer;
}

/** Keeps an axis inside the limits, preserving its span where it can. */
export function clampAxis(axis: TimeWindow, limits: AxisLimits): TimeWindow {
  const { outer, minSpan } = limits;
  const outerSpan = outer.to - outer.from;
  const span = Math.min(Math.max(axis.to - axis.from, Math.min(minSpan, outerSpan)), outerSpan);
  const centre = (axis.from + axis.to) / 2;
  const from = Math.min(Math.max(centre - span / 2, outer.from), outer.to - span);
  return { from, to: from + span };
}

/**
 * Zooms by `factor` (< 1 zooms in) keeping `anchor` at the same place on screen, as a map keeps
 * the point under the cursor still.
 */
export function zoomAxis(
  axis: TimeWindow,
  factor: number,
  anchor: number,
  limits: AxisLimits,
): TimeWindow {
  const outerSpan = limits.outer.to - limits.outer.from;
  const span = axis.to - axis.from;
  const nextSpan = Math.min(
    Math.max(span * factor, Math.min(limits.minSpan, outerSpan)),
    outerSpan,
  );
  const ratio = span > 0 ? (anchor - axis.from) / span : 0.5;
  const from = anchor - ratio * nextSpan;
  const next = { from, to: from + nextSpan };
  // Clamping a zoom that would cross the edge shifts it back inside instead of shrinking it.
  const shifted = Math.min(Math.max(next.from, limits.outer.from), limits.outer.to - nextSpan);
  return { from: shifted, to: shifted + nextSpan };
}

/** Moves the axis by `delta` ms, stopping at the limits. */
export function panAxis(axis: TimeWindow, delta: number, limits: AxisLimits): TimeWindow {
  const span = axis.to - axis.from;
  const from = Math.min(Math.max(axis.from + delta, limits.outer.from), limits.outer.to - span);
  return from === axis.from ? axis : { from, to: from + span };
}

/** The axis framing a span with a margin on each side: "Zoom to window". */
export function axisAround(span: TimeWindow, limits: AxisLimits): TimeWindow {
  const margin = Math.max((span.to - span.from) * 0.1, DAY_MS);
  return clampAxis({ from: span.from - margin, to: span.to + margin }, limits);
}

/** The axis widened just enough to take in [start, end), with a margin on the side it grew. */
export function axisIncluding(
  axis: TimeWindow,
  start: number,
  end: number,
  limits: AxisLimits,
): TimeWindow {
  if (start >= axis.from && end <= axis.to) return axis;
  const from = Math.min(axis.from, start);
  const to = Math.max(axis.to, end);
  const margin = (to - from) * 0.04;
  return clampAxis(
    { from: start < axis.from ? from - margin : from, to: end > axis.to ? to + margin : to },
    limits,
  );
}

/**
 * The axis panned, at the same zoom, to bring an event into view; unchanged when any of the
 * event already shows. A long event shows by its start.
 */
export function revealOnAxis(
  axis: TimeWindow,
  start: number,
  end: number,
  limits: AxisLimits,
): TimeWindow {
  if (start < axis.to && end > axis.from) return axis;
  const span = axis.to - axis.from;
  const margin = span * 0.1;
  const shownEnd = Math.min(end, start + span * 0.8);
  const from = start < axis.from ? start - margin : shownEnd + margin - span;
  return clampAxis({ from, to: from + span }, limits);
}

/** True when the two axes are the same span (within a millisecond). */
export function sameAxis(a: TimeWindow, b: TimeWindow): boolean {
  return Math.abs(a.from - b.from) < 1 && Math.abs(a.to - b.to) < 1;
}
