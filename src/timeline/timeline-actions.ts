/**
 * What the timeline's controls do to the store, kept out of the components so buttons, keys and
 * gestures share one definition. Every change to the window marks the scrub start first, so the
 * map can measure input-to-frame latency.
 */
import type { DatelineState, DatelineStore } from '../state/store';
import { markScrubStart } from '../time/scrub-timing';
import { focusSpan } from '../time/default-axis';
import {
  axisAround,
  axisIncluding,
  clampAxis,
  axisLimits,
  MIN_AXIS_SPAN,
  MIN_TIMED_AXIS_SPAN,
  fitAxis,
  revealOnAxis,
  sameAxis,
  zoomAxis,
  type AxisLimits,
} from '../time/time-scale';
import type { TimeWindow } from '../time/time-window';
import { windowIncluding } from '../time/window-steps';
import type { Story } from '../story/story';
import { storyMarks } from './event-layout';
import { neighbourEvent } from './event-neighbours';

/** How much one zoom step changes the axis span. */
export const ZOOM_STEP = 2;

const limitsCache = new WeakMap<Story, AxisLimits>();

/** The axis limits of a story, computed once. */
export function limitsOf(story: Story): AxisLimits {
  let limits = limitsCache.get(story);
  if (!limits) {
    limits = axisLimits(story.span, storyMarks(story).timed ? MIN_TIMED_AXIS_SPAN : MIN_AXIS_SPAN);
    limitsCache.set(story, limits);
  }
  return limits;
}

/** Sets the window after marking the scrub start; does nothing when it would not change. */
export function changeWindow(store: DatelineStore, next: TimeWindow): void {
  const { window, setWindow } = store.getState();
  if (next.from === window.from && next.to === window.to) return;
  markScrubStart();
  setWindow(next);
}

/** A manual change to the window stops playback: the reader has taken over. */
export function takeOverWindow(store: DatelineStore, next: TimeWindow): void {
  if (store.getState().playing) store.getState().setPlaying(false);
  changeWindow(store, next);
}

/** The point a zoom button keeps still: the middle of the window's visible part, else the axis's. */
export function zoomAnchor(axis: TimeWindow, window: TimeWindow): number {
  const from = Math.max(axis.from, window.from);
  const to = Math.min(axis.to, window.to);
  return to > from ? (from + to) / 2 : (axis.from + axis.to) / 2;
}

/** Zooms by a factor (< 1 in, > 1 out) around an anchor (default: the window's visible middle). */
export function zoomBy(store: DatelineStore, factor: number, anchor?: number): void {
  const { story, axis, window, setAxis } = store.getState();
  if (!story) return;
  setAxis(zoomAxis(axis, factor, anchor ?? zoomAnchor(axis, window), limitsOf(story)));
}

/** True when the axis can zoom in further / out further. */
export function zoomRoom(
  story: Story | undefined,
  axis: TimeWindow,
): { in: boolean; out: boolean } {
  if (!story) return { in: false, out: false };
  const { minSpan, outer } = limitsOf(story);
  const span = axis.to - axis.from;
  return { in: span > minSpan + 1, out: span < outer.to - outer.from - 1 };
}

/** Shows the whole story. */
/**
 * The opening axis: the store starts on the whole span; unless a link asked for a window, open
 * on the dense stretch of the story (see default-axis.ts). Does nothing once the axis has moved.
 */
export function openAxis(store: DatelineStore, story: Story): void {
  const { axis, window, setAxis } = store.getState();
  if (!sameAxis(axis, story.span)) return;
  const limits = limitsOf(story);
  const whole = window.from <= story.span.from && window.to >= story.span.to;
  const focus = focusSpan(
    story.events.map((event) => event.time),
    story.span,
  );
  if (!whole) setAxis(axisAround(window, limits));
  else setAxis(focus ? clampAxis(focus, limits) : fitAxis(limits));
}

export function fitAll(store: DatelineStore): void {
  const { story, setAxis } = store.getState();
  if (story) setAxis(fitAxis(limitsOf(story)));
}

/** Frames the time window. */
export function zoomToWindow(store: DatelineStore): void {
  const { story, window, setAxis } = store.getState();
  if (story) setAxis(axisAround(window, limitsOf(story)));
}

/** Widens the axis to take in the event at `index` (the edge buttons). */
export function widenToEvent(store: DatelineStore, index: number): void {
  const { story, axis, setAxis } = store.getState();
  if (!story) return;
  const marks = storyMarks(story);
  setAxis(
    axisIncluding(
      axis,
      marks.starts[index] ?? axis.from,
      marks.ends[index] ?? axis.to,
      limitsOf(story),
    ),
  );
}

/** Pans the axis, at its zoom, to an event that is off it. */
export function revealEvent(store: DatelineStore, id: string): void {
  const { story, axis, setAxis } = store.getState();
  if (!story) return;
  const marks = storyMarks(story);
  const index = marks.indexOf.get(id);
  if (index === undefined) return;
  const next = revealOnAxis(
    axis,
    marks.starts[index] ?? 0,
    marks.ends[index] ?? 0,
    limitsOf(story),
  );
  if (next !== axis) setAxis(next);
}

/**
 * Selects the previous or next event in time order, slides the window to include it when it is
 * outside, and brings it onto the axis. Returns false when there is no such event.
 */
export function stepEvent(store: DatelineStore, direction: 1 | -1): boolean {
  const { story, selectedId, window, select } = store.getState();
  if (!story) return false;
  const marks = storyMarks(story);
  const selected = selectedId === undefined ? undefined : marks.indexOf.get(selectedId);
  const index = neighbourEvent(marks, selected, direction, window);
  const id = index === undefined ? undefined : marks.ids[index];
  if (index === undefined || id === undefined) return false;
  select(id, 'timeline');
  changeWindow(
    store,
    windowIncluding(window, marks.starts[index] ?? 0, marks.ends[index] ?? 0, story.span),
  );
  revealEvent(store, id);
  return true;
}

/** Whether there is an event to step to in that direction (a selector: returns a boolean). */
export function hasNeighbour(state: DatelineState, direction: 1 | -1): boolean {
  const { story, selectedId, window } = state;
  if (!story) return false;
  const marks = storyMarks(story);
  const selected = selectedId === undefined ? undefined : marks.indexOf.get(selectedId);
  return neighbourEvent(marks, selected, direction, window) !== undefined;
}
