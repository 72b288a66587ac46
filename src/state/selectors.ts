/**
 * Derived state: computed from the story and the window, memoised, never stored twice.
 * Components select the smallest value they need.
 */
import { BUILT_IN_KINDS, kindTable, type KindTable } from '../story/kind-looks';
import type { Story, StoryEvent } from '../story/story';
import { overlaps, type TimeWindow } from '../time/time-window';
import type { DatelineState } from './store';

const NO_EVENTS: readonly StoryEvent[] = [];
const indexes = new WeakMap<Story, ReadonlyMap<string, StoryEvent>>();

/** Events by id, built once per story. */
export function eventIndex(story: Story): ReadonlyMap<string, StoryEvent> {
  let index = indexes.get(story);
  if (!index) {
    index = new Map(story.events.map((event) => [event.id, event]));
    indexes.set(story, index);
  }
  return index;
}

/** The story's kinds (the built-in six before a story loads); the same table for the same story. */
export const selectKindTable = (state: DatelineState): KindTable =>
  state.story ? kindTable(state.story) : BUILT_IN_KINDS;

export const selectEvents = (state: DatelineState): readonly StoryEvent[] =>
  state.story?.events ?? NO_EVENTS;

export const selectSelectedEvent = (state: DatelineState): StoryEvent | undefined =>
  state.story && state.selectedId !== undefined
    ? eventIndex(state.story).get(state.selectedId)
    : undefined;

export const selectEventById =
  (id: string | undefined) =>
  (state: DatelineState): StoryEvent | undefined =>
    state.story && id !== undefined ? eventIndex(state.story).get(id) : undefined;

/**
 * Events overlapping a window, in time order. Events are sorted by start, so the scan stops at
 * the first event that starts after the window.
 */
export function eventsInWindow(events: readonly StoryEvent[], window: TimeWindow): StoryEvent[] {
  const result: StoryEvent[] = [];
  for (const event of events) {
    if (event.time.start >= window.to) break;
    if (overlaps(window, event.time.start, event.time.end)) result.push(event);
  }
  return result;
}

let lastVisible:
  { events: readonly StoryEvent[]; from: number; to: number; result: StoryEvent[] } | undefined;

/** The events in the current window; the same array while story and window are unchanged. */
export const selectVisibleEvents = (state: DatelineState): readonly StoryEvent[] => {
  const events = selectEvents(state);
  const { from, to } = state.window;
  if (
    lastVisible &&
    lastVisible.events === events &&
    lastVisible.from === from &&
    lastVisible.to === to
  ) {
    return lastVisible.result;
  }
  const result = eventsInWindow(events, state.window);
  lastVisible = { events, from, to, result };
  return result;
};

/** The presentation order: story steps, or all events in time order. */
export const selectSteps = (state: DatelineState) => state.story?.steps ?? [];
