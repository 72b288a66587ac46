/**
 * Buttons on the map's edge for events the current view leaves out (Moscow, seen from Central
 * Asia): each says where, how many and which way, and takes the reader there.
 */
import { useMemo } from 'react';
import type { NamedPlace } from '../geo/gazetteer';
import type { BBox } from '../geo/geometry';
import { offscreenGroups, type OffscreenGroup } from '../geo/offscreen';
import { selectVisibleEvents } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { eventAnchors, MANY_EVENTS } from './event-features';
import { layoutOffscreen } from './offscreen-layout';
import { useSettled } from './use-settled';
import { useMessages } from '../ui/messages-context';

/** More buttons than this would crowd the map: a phone's map takes half as many, a tiny one one. */
const MAX_BUTTONS = { wide: 4, narrow: 2, tiny: 1 } as const;

/**
 * In a large story, grouping the events outside the view costs about 130 ms at 100,000 events:
 * while the reader scrubs, the buttons wait until the window has rested this long.
 */
const SETTLE_MS = 250;

interface OffscreenMarkersProps {
  /** What the map shows now; undefined until it has loaded. */
  readonly view: BBox | undefined;
  /** Towns to name groups by. */
  readonly gazetteer: readonly NamedPlace[];
  /** How much room the map has: fewer buttons on smaller maps. */
  readonly size: 'wide' | 'narrow' | 'tiny';
  readonly onShow: (group: OffscreenGroup) => void;
}

/** A place name without its trailing explanation in brackets, which the tooltip still gives. */
export function shortPlaceName(name: string): string {
  const short = name.replace(/\s*\([^()]*\)\s*$/, '');
  return short === '' ? name : short;
}

export function OffscreenMarkers({ view, gazetteer, size, onShow }: OffscreenMarkersProps) {
  const story = useDateline((state) => state.story);
  const live = useDateline(selectVisibleEvents);
  const visible = useSettled(live, (story?.events.length ?? 0) > MANY_EVENTS ? SETTLE_MS : 0);
  const m = useMessages().map;
  const groups = useMemo(() => {
    if (!story || !view) return [];
    const ids = new Set(visible.map((event) => event.id));
    const anchors = eventAnchors(story).filter((anchor) => ids.has(anchor.id));
    return offscreenGroups(anchors, view, { gazetteer }).slice(0, MAX_BUTTONS[size]);
  }, [story, visible, view, gazetteer, size]);
  if (groups.length === 0) return null;
  return (
    // Edge markers sit on the edge their events lie beyond (east stays right) in every language.
    <div className="map-offscreen" dir="ltr">
      {layoutOffscreen(groups).map((row) => (
        <div
          key={row.side}
          className={`map-offscreen__row map-offscreen__row--${row.side}`}
          data-align={row.align}
        >
          {row.groups.map((group, index) => {
            const name = shortPlaceName(group.name);
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
                aria-label={m.offscreen(name, group.ids.length, m.compass[group.direction])}
                onClick={() => onShow(group)}
              >
                <span className="map-offscreen__label" dir="auto">
                  {m.offscreenName(name)}
                  <span className="map-offscreen__count">{m.events(group.ids.length)}</span>
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
