/**
 * Which events a time window shows, without walking the story: built once per list of events
 * (memoised on the array), a step then costs a few binary searches. A walk through 100,000
 * events took 94–168 ms per scrub step on a busy machine (objects scattered in memory).
 *
 * In story order (by start), the events of a window [from, to) are two runs: those that began
 * before it and still run in it (a long range, a month known only as a month), then every event
 * starting in it, a contiguous run of the story. The first run is found in a tree of the
 * largest end per block of events, which skips every block that ended before the window, so a
 * step costs about log n per event in that run; the second is a slice, never copied.
 */
import { lowerBound, upperBound } from '../time/sorted-search';
import type { TimeWindow } from '../time/time-window';
import { compareEvents, positionInStory } from './event-order';
import type { StoryEvent } from './story';
import { runSteps } from './work-in-slices';

/** The events in one time window, in story order: a view, read by index. */
export interface WindowEvents {
  readonly length: number;
  /** The event at `index` in the window's list, or undefined past its end. */
  readonly at: (index: number) => StoryEvent | undefined;
  /** Where `event` sits in the window's list; -1 when it is not in the window. */
  readonly indexOf: (event: StoryEvent | undefined) => number;
  /** The window's events as an array (copied once, on the first call). */
  readonly toArray: () => readonly StoryEvent[];
}

/** The sorted times of a list of events, built once per list. */
interface WindowIndex {
  /** The events in story order (the list itself when it already is). */
  readonly events: readonly StoryEvent[];
  /** Starts in story order; a missing time is +Infinity, after every window. */
  readonly starts: Float64Array;
  /** A tree of the largest end per block: leaves at [size, 2 size), node k holds max(2k, 2k+1). */
  readonly maxEnd: Float64Array;
  readonly size: number;
}

const indexes = new WeakMap<readonly StoryEvent[], WindowIndex>();

/** Events read between two chances to yield, when the index is built in slices. */
const EVENTS_PER_STEP = 16_384;

function* inStoryOrderSteps(events: readonly StoryEvent[]): Generator<void, boolean> {
  for (let i = 1; i < events.length; i += 1) {
    if (i % EVENTS_PER_STEP === 0) yield;
    const previous = events[i - 1];
    const event = events[i];
    if (previous && event && compareEvents(previous, event) > 0) return false;
  }
  return true;
}

function* buildSteps(list: readonly StoryEvent[]): Generator<void, WindowIndex> {
  // A parsed story is in story order already; anything else is sorted once, not per step.
  const events = (yield* inStoryOrderSteps(list)) ? list : [...list].sort(compareEvents);
  yield;
  let size = 1;
  while (size < events.length) size *= 2;
  const starts = new Float64Array(events.length);
  const maxEnd = new Float64Array(2 * size).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < events.length; i += 1) {
    if (i % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield;
    const event = events[i];
    if (!event) continue;
    const undated = !Number.isFinite(event.time.start) || !Number.isFinite(event.time.end);
    starts[i] = undated ? Number.POSITIVE_INFINITY : event.time.start;
    maxEnd[size + i] = undated ? Number.NEGATIVE_INFINITY : event.time.end;
  }
  for (let k = size - 1; k >= 1; k -= 1) {
    if (k % EVENTS_PER_STEP === 0) yield;
    maxEnd[k] = Math.max(maxEnd[2 * k] ?? -Infinity, maxEnd[2 * k + 1] ?? -Infinity);
  }
  return { events, starts, maxEnd, size };
}

/**
 * The index of a list of events as steps (a generator yielding between runs of events), kept
 * for the list: a big story's first view builds it in slices (at 100,000 events it was one task
 * of about 0.2 s) and the Events list then finds it built.
 */
export function* windowIndexSteps(events: readonly StoryEvent[]): Generator<void, void> {
  if (!indexes.has(events)) indexes.set(events, yield* buildSteps(events));
}

/** The index of a list of events: built on first use, then the same one for the same array. */
function indexOf(events: readonly StoryEvent[]): WindowIndex {
  let index = indexes.get(events);
  if (!index) {
    index = runSteps(buildSteps(events));
    indexes.set(events, index);
  }
  return index;
}

/**
 * The positions, in story order, of events in [0, before) that end after `from`: a walk down the
 * tree that enters only blocks whose largest end is after `from`.
 */
function runningInto(index: WindowIndex, before: number, from: number): number[] {
  const found: number[] = [];
  const { maxEnd, size } = index;
  const visit = (node: number, low: number, high: number) => {
    if (low >= before || (maxEnd[node] ?? -Infinity) <= from) return;
    if (node >= size) {
      found.push(low);
      return;
    }
    const middle = (low + high) >>> 1;
    visit(2 * node, low, middle);
    visit(2 * node + 1, middle, high);
  };
  if (before > 0) visit(1, 0, size);
  return found;
}

/** The last window's first run per index: dragging the window's end keeps its start. */
const lastEarlier = new WeakMap<
  WindowIndex,
  { readonly before: number; readonly from: number; readonly events: readonly StoryEvent[] }
>();

/**
 * The events in [0, before) still running at `from`, the same array while `before` and `from`
 * stay: a drag of the window's end walked the tree again on every step for the same events
 * (about 2,500 of them in a 100,000-event story, 0.8 ms a step).
 */
function earlierRun(index: WindowIndex, before: number, from: number): readonly StoryEvent[] {
  const last = lastEarlier.get(index);
  if (last && last.before === before && last.from === from) return last.events;
  const events = runningInto(index, before, from).flatMap(
    (position) => index.events[position] ?? [],
  );
  lastEarlier.set(index, { before, from, events });
  return events;
}

/** The events of `events` (story order, or sorted once) overlapping [from, to). */
export function eventsInWindow(events: readonly StoryEvent[], window: TimeWindow): WindowEvents {
  const index = indexOf(events);
  const { from, to } = window;
  // Events starting after `from` end after it too (an event ends after it starts): a run.
  const runStart = upperBound(index.starts, from);
  const startedBefore = lowerBound(index.starts, to);
  const runEnd = Math.max(runStart, startedBefore);
  // Those starting at or before `from` (and before `to`) are in only while they still run.
  const earlier = earlierRun(index, Math.min(runStart, startedBefore), from);
  const length = earlier.length + runEnd - runStart;
  const at = (i: number): StoryEvent | undefined => {
    if (!Number.isInteger(i) || i < 0 || i >= length) return undefined;
    return i < earlier.length ? earlier[i] : index.events[runStart + i - earlier.length];
  };
  let array: readonly StoryEvent[] | undefined;
  return {
    length,
    at,
    indexOf: (event) => {
      const inRun = positionInStory(index.events, event, runStart, runEnd);
      if (inRun >= 0) return earlier.length + inRun - runStart;
      return positionInStory(earlier, event);
    },
    toArray: () => {
      array ??= [...earlier, ...index.events.slice(runStart, runEnd)];
      return array;
    },
  };
}
