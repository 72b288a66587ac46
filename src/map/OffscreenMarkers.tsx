/**
 * Buttons on the map's edge for events the current view leaves out (Moscow, seen from Central
 * Asia): each says where, how many and which way, and takes the reader there.
 */
import { useMemo } from 'react';
import type { NamedPlace } from '../geo/gazetteer';
import type { BBox } from '../geo/geometry';
import type { OffscreenGroup } from '../geo/offscreen';
import { eventIndex } from '../state/selectors';
import { useDateline } from '../state/store-context';
import type { Story } from '../story/story';
import type { TimeWindow } from '../time/time-window';
import { eventAnchors } from './event-features';
import { layoutOffscreen } from './offscreen-layout';
import { groupsInWindow, idsInWindow, timedGroups } from './offscreen-window';
import { useMessages } from '../ui/messages-context';

/** More buttons than this would crowd the map: a phone's map takes half as many, a tiny one one. */
const MAX_BUTTONS = { wide: 4, narrow: 2, tiny: 1 } as const;

interface OffscreenMarkersProps {
  /** What the map shows now; undefined until it has loaded. */
  readonly view: BBox | undefined;
  /** Towns to name groups by. */
  readonly gazetteer: readonly NamedPlace[];
  /** How much room the map has: fewer buttons on smaller maps. */
  readonly size: 'wide' | 'narrow' | 'tiny';
  /** Whether the editing tools are in the map's top-left corner, which the buttons then leave. */
  readonly besideTools: boolean;
  readonly onShow: (group: OffscreenGroup) => void;
}

/** A place name without its trailing explanation in brackets, which the tooltip still gives. */
export function shortPlaceName(name: string): string {
  const short = name.replace(/\s*\([^()]*\)\s*$/, '');
  return short === '' ? name : short;
}

/** Each event's span by id, for counting a group's events in the window. */
function timesOf(story: Story | undefined): (id: string) => TimeWindow | undefined {
  if (!story) return () => undefined;
  const index = eventIndex(story);
  return (id) => {
    const event = index.get(id);
    return event && { from: event.time.start, to: event.time.end };
  };
}

export function OffscreenMarkers({
  view,
  gazetteer,
  size,
  besideTools,
  onShow,
}: OffscreenMarkersProps) {
  const story = useDateline((state) => state.story);
  const window = useDateline((state) => state.window);
  const m = useMessages().map;
  const timeOf = useMemo(() => timesOf(story), [story]);
  // Grouping reads every event: once per view. A scrub step only counts (offscreen-window.ts).
  const timed = useMemo(
    () => (story && view ? timedGroups(eventAnchors(story), timeOf, view, { gazetteer }) : []),
    [story, view, gazetteer, timeOf],
  );
  const shown = useMemo(
    () => groupsInWindow(timed, window, MAX_BUTTONS[size]),
    [timed, window, size],
  );
  if (shown.length === 0) return null;
  const counts = new Map(shown.map(({ group, count }) => [group, count]));
  return (
    // Edge markers sit on the edge their events lie beyond (east stays right) in every language.
    <div className="map-offscreen" dir="ltr" data-beside-tools={besideTools ? 'true' : undefined}>
      {layoutOffscreen(shown.map(({ group }) => group)).map((row) => (
        <div
          key={row.side}
          className={`map-offscreen__row map-offscreen__row--${row.side}`}
          data-align={row.align}
        >
          {row.groups.map((group, index) => {
            const name = shortPlaceName(group.name);
            const count = counts.get(group) ?? 0;
            return (
              <button
                // Two groups may share a name and first event (one event on both sides of the
                // view, as the hostile render run found): the position keeps keys unique.
                key={`${index}:${group.name}:${group.ids[0] ?? ''}`}
                type="button"
                className="map-offscreen__button"
                title={group.name}
                // The name starts with the visible words; set whole because browsers put spaces
                // between the styled parts of the visible text when they compute a name.
                aria-label={m.offscreen(name, count, m.compass[group.direction])}
                onClick={() => onShow({ ...group, ids: idsInWindow(group, timeOf, window) })}
              >
                <span className="map-offscreen__label" dir="auto">
                  {m.offscreenName(name)}
                  <span className="map-offscreen__count">{m.events(count)}</span>
                </span>
                <span className="map-offscreen__arrow" aria-hidden="true">
                  {group.arrow}
                </span>
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
