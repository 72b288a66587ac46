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
 * The events in story order, sorted in place. The same order as `sort(compareEvents)`, with each
 * event's times read once into flat arrays first: a comparator that reads them from the events
 * themselves reads two nested objects per side about 1.7 million times for 100,000 events, the
 * parser's slowest step after the schema (0.3–0.8 s of a 100,000-event check on this machine).
 */
export function sortInStoryOrder(events: StoryEvent[]): StoryEvent[] {
  const count = events.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const order = new Uint32Array(count);
  events.forEach((event, index) => {
    starts[index] = timeKey(event.time.start);
    ends[index] = timeKey(event.time.end);
    order[index] = index;
  });
  const idOf = (index: number) => events[index]?.id ?? '';
  order.sort((a, b) => {
    const byTime = (starts[a] ?? 0) - (starts[b] ?? 0) || (ends[a] ?? 0) - (ends[b] ?? 0);
    if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
    // Infinity − Infinity is NaN: two undated events, ordered by id like any other tie.
    const idA = idOf(a);
    const idB = idOf(b);
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  });
  const sorted = Array.from(order, (index) => events[index]);
  sorted.forEach((event, index) => {
    if (event) events[index] = event;
  });
  return events;
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
