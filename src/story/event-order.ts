/**
 * Story order: by start, then end, then id. The parser sorts a story's events by it, and the
 * time-window index and the Events list find an event by halving in that order, so it is
 * written once here. An event without finite times (none passes the parser, but a caller may
 * build one) sorts after every dated event, where no time window reaches it.
 */
import type { StoryEvent } from './story';

/** A time as story order uses it: a missing (NaN) one counts as after every date. */
function timeKey(ms: number): number {
  return Number.isFinite(ms) ? ms : Number.POSITIVE_INFINITY;
}

/** Negative when `a` comes before `b` in story order, 0 only for the same id and times. */
export function compareEvents(a: StoryEvent, b: StoryEvent): number {
  return (
    timeKey(a.time.start) - timeKey(b.time.start) ||
    timeKey(a.time.end) - timeKey(b.time.end) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Where `event` is among `events[low, high)` (in story order), by halving; -1 when it is not
 * there. The Events list asks for the selected and the focused row on every scrub step.
 */
export function positionInStory(
  events: readonly StoryEvent[],
  event: StoryEvent | undefined,
  low = 0,
  high = events.length,
): number {
  if (!event) return -1;
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const middle = (lo + hi) >>> 1;
    const here = events[middle];
    if (here && compareEvents(here, event) < 0) lo = middle + 1;
    else hi = middle;
  }
  return lo < high && events[lo]?.id === event.id ? lo : -1;
}
