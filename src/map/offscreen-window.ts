/**
 * The off-screen buttons' groups, built once per view and counted per time window. Grouping
 * 100,000 events takes a good part of a second, so it runs when the view changes, over every
 * event with a place; a scrub step then only counts each group's events in the window, with two
 * binary searches in the group's sorted starts and ends. Groups keep their name and direction
 * while the reader scrubs; a group with no event in the window has no button.
 */
import {
  offscreenGroups,
  type AnchoredEvent,
  type GroupOptions,
  type OffscreenGroup,
} from '../geo/offscreen';
import type { BBox } from '../geo/geometry';
import { countInWindow } from '../time/sorted-search';
import type { TimeWindow } from '../time/time-window';

/** A group with its events' starts and ends, each sorted on its own. */
export interface TimedGroup {
  readonly group: OffscreenGroup;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/** The groups of the events outside `view`, whatever their time, each with its sorted times. */
export function timedGroups(
  anchors: readonly AnchoredEvent[],
  timeOf: (id: string) => TimeWindow | undefined,
  view: BBox,
  options: GroupOptions = {},
): TimedGroup[] {
  return offscreenGroups(anchors, view, options).map((group) => {
    const spans = group.ids.flatMap((id) => timeOf(id) ?? []);
    const starts = Float64Array.from(spans, (span) => span.from).sort();
    const ends = Float64Array.from(spans, (span) => span.to).sort();
    return { group, starts, ends };
  });
}

/** A button's group in the window: its events there and how many they are. */
export interface GroupInWindow {
  readonly group: OffscreenGroup;
  readonly count: number;
}

/** The groups with events in the window, most events first, at most `limit` of them. */
export function groupsInWindow(
  groups: readonly TimedGroup[],
  window: TimeWindow,
  limit: number,
): GroupInWindow[] {
  return groups
    .map(({ group, starts, ends }) => ({ group, count: countInWindow(starts, ends, window) }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}

/** The group's events that the window shows, for the camera to frame when its button is pressed. */
export function idsInWindow(
  group: OffscreenGroup,
  timeOf: (id: string) => TimeWindow | undefined,
  window: TimeWindow,
): string[] {
  return group.ids.filter((id) => {
    const span = timeOf(id);
    return span !== undefined && span.from < window.to && span.to > window.from;
  });
}
