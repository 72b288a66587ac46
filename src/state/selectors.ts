/**
 * Derived state: computed from the story and the window, memoised, never stored twice.
 * Components select the smallest value they need.
 */
import { BUILT_IN_KINDS, kindTable, type KindTable } from '../story/kind-looks';
import type { Story, StoryEvent, StoryHead } from '../story/story';
import { eventsInWindow, type WindowEvents } from '../story/window-index';
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

/**
 * The story's title, summary and language while it loads, once the parser has checked them (a
 * big story's events take seconds more); undefined before that and once the story is loaded.
 */
export const selectLoadingHead = (state: DatelineState): StoryHead | undefined =>
  state.status === 'loading' && state.loadProgress?.phase === 'checking'
    ? state.loadProgress.head
    : undefined;

/** The story's title, or while it loads the title its parser has checked. */
export const selectStoryTitle = (state: DatelineState): string | undefined =>
  state.story?.title ?? selectLoadingHead(state)?.title;

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

const visibleByEvents = new WeakMap<
  readonly StoryEvent[],
  { readonly from: number; readonly to: number; readonly result: WindowEvents }
>();

/**
 * The events in the current window, read through the story's time index (a few binary searches
 * per step, not a walk through every event); the same view while story and window are unchanged.
 */
export const selectVisibleEvents = (state: DatelineState): WindowEvents => {
  const events = selectEvents(state);
  const { from, to } = state.window;
  const last = visibleByEvents.get(events);
  if (last && last.from === from && last.to === to) return last.result;
  const result = eventsInWindow(events, state.window);
  visibleByEvents.set(events, { from, to, result });
  return result;
};

/** How many events the current window shows: "N of M events in the time window". */
export const selectVisibleCount = (state: DatelineState): number =>
  selectVisibleEvents(state).length;

/** The presentation order: story steps, or all events in time order. */
export const selectSteps = (state: DatelineState) => state.story?.steps ?? [];
