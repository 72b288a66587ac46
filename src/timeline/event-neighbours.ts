/**
 * The event the ◀ and ▶ buttons step to. With nothing selected that is the first event reaching
 * into the window or the last starting in it, which a walk through every event found: two walks
 * per store change (each button asks whether it can step), of up to 100,000 events on a scrub
 * step. A running largest end and a running smallest start from the back, built once per story,
 * turn each into a binary search that gives the same answer, in any order of events.
 */
import { lowerBound, upperBound } from '../time/sorted-search';
import type { TimeWindow } from '../time/time-window';
import type { StoryMarks } from './event-layout';

interface Reach {
  /** reachEnd[i]: the largest end among events 0..i (never falls, so it can be searched). */
  readonly reachEnd: Float64Array;
  /** startFrom[i]: the smallest start among events i..count-1 (never falls either). */
  readonly startFrom: Float64Array;
}

const reaches = new WeakMap<StoryMarks, Reach>();

function reachOf(marks: StoryMarks): Reach {
  const cached = reaches.get(marks);
  if (cached) return cached;
  const { count, starts, ends } = marks;
  const reachEnd = new Float64Array(count);
  const startFrom = new Float64Array(count);
  // A time that is not a number is never after or before anything: it leaves the running value.
  let largest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i += 1) {
    const end = ends[i] ?? Number.NaN;
    if (end > largest) largest = end;
    reachEnd[i] = largest;
  }
  let smallest = Number.POSITIVE_INFINITY;
  for (let i = count - 1; i >= 0; i -= 1) {
    const start = starts[i] ?? Number.NaN;
    if (start < smallest) smallest = start;
    startFrom[i] = smallest;
  }
  const reach = { reachEnd, startFrom };
  reaches.set(marks, reach);
  return reach;
}

/**
 * The event before or after the selected one in time order; with nothing selected, the first
 * event reaching into the window (next) or the last starting in it (previous).
 */
export function neighbourEvent(
  marks: StoryMarks,
  selected: number | undefined,
  direction: 1 | -1,
  window: TimeWindow,
): number | undefined {
  if (selected !== undefined) {
    const index = selected + direction;
    return index >= 0 && index < marks.count ? index : undefined;
  }
  const { reachEnd, startFrom } = reachOf(marks);
  if (direction === 1) {
    // The first event that ends after the window's start is where the running end first passes it.
    const index = upperBound(reachEnd, window.from);
    return index < marks.count ? index : undefined;
  }
  // Events from `index` on all start at or after the window's end; the one before starts in time.
  const index = lowerBound(startFrom, window.to) - 1;
  return index >= 0 ? index : undefined;
}
