/**
 * Binary search in sorted numbers (times in ms): the time window's index and the off-screen
 * groups answer "how many start before, end after" by halving instead of walking every event.
 */
import type { TimeWindow } from './time-window';

/** The first index in a sorted array whose value is at least `value`. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first index in a sorted array whose value is above `value`. */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * How many of the spans [start, end) overlap the window, from their starts and ends sorted
 * separately: all of them but those starting at or after its end and those ending at or before
 * its start (no span is in both, since a span never ends before it starts).
 */
export function countInWindow(
  starts: Float64Array,
  ends: Float64Array,
  window: TimeWindow,
): number {
  const startingAfter = starts.length - lowerBound(starts, window.to);
  const endedBefore = upperBound(ends, window.from);
  return Math.max(0, starts.length - startingAfter - endedBefore);
}
