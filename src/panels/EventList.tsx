/**
 * "Events": every event in the time window, in time order, as a list of buttons. It mirrors the
 * map for keyboard and screen-reader users, so it selects and hovers exactly as the map does.
 *
 * Large stories: rows are rendered a page at a time ("Show more") rather than virtualised. A real
 * list keeps every rendered row in the accessibility tree and in the browser's find, scrolls with
 * the page on a phone, and needs no fixed row height for titles that wrap. A page of 200 rows
 * renders in a few milliseconds, and the selected event's page is always the one rendered (see
 * row-range.ts). (content-visibility: auto was tried and dropped: its estimated row heights made
 * scrolling to the selected row land in the wrong place.)
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { StoryEvent } from '../story/story';
import { selectKindTable, selectVisibleEvents } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { EventRow } from './EventRow';
import { prefersReducedMotion } from './reduced-motion';
import { rowsToRender, type RowRange } from './row-range';
import { scrollDelta } from './scroll-within';
import './event-list.css';
import { useMessages } from '../ui/messages-context';

/** Rows rendered per page of the list. */
export const LIST_PAGE = 200;

/** The list of events in the time window. */
export function EventList() {
  const visible = useDateline(selectVisibleEvents);
  const total = useDateline((state) => state.story?.events.length ?? 0);
  const span = useDateline((state) => state.story?.span);
  const windowed = useDateline(
    (state) =>
      state.story !== undefined &&
      (state.window.from > state.story.span.from || state.window.to < state.story.span.to),
  );
  const selectedId = useDateline((state) => state.selectedId);
  const kinds = useDateline(selectKindTable);
  const select = useDateline((state) => state.select);
  const hover = useDateline((state) => state.hover);
  const setWindow = useDateline((state) => state.setWindow);
  const m = useMessages().panels;
  // The chosen range belongs to one list: a new window starts again at the top.
  const [chosen, setChosen] = useState<{ of: readonly StoryEvent[]; range: RowRange }>({
    of: visible,
    range: { start: 0, end: LIST_PAGE },
  });
  const rowIdPrefix = useId();
  const scrollBox = useRef<HTMLDivElement>(null);

  const selectedIndex = visible.findIndex((event) => event.id === selectedId);
  const base = chosen.of === visible ? chosen.range : { start: 0, end: LIST_PAGE };
  const { start, end } = rowsToRender(base, visible.length, selectedIndex, LIST_PAGE);
  const widen = (range: RowRange) => setChosen({ of: visible, range });

  useEffect(() => {
    if (selectedId === undefined) return;
    let live = true;
    const reveal = (behavior: ScrollBehavior) => {
      const box = scrollBox.current;
      const row = document.getElementById(`${rowIdPrefix}${selectedId}`);
      if (!live || !box || !row) return;
      const top = scrollDelta(box.getBoundingClientRect(), row.getBoundingClientRect());
      if (top !== 0) box.scrollBy({ top, behavior });
    };
    reveal(prefersReducedMotion() ? 'auto' : 'smooth');
    // Rows change height when the web font arrives; a row selected by the opening link would
    // otherwise end up half hidden.
    if (document.fonts?.status === 'loading') void document.fonts.ready.then(() => reveal('auto'));
    return () => {
      live = false;
    };
  }, [selectedId, rowIdPrefix]);

  return (
    <section className="event-list" id="events" tabIndex={-1} aria-labelledby="events-heading">
      <div className="event-list__head">
        <h2 id="events-heading" className="event-list__title">
          {m.eventsHeading}
        </h2>
        <p className="event-list__count">
          {windowed ? (
            <>
              {m.inWindow(visible.length, total)}
              <button type="button" className="text-button" onClick={() => span && setWindow(span)}>
                {m.showAll}
              </button>
            </>
          ) : (
            m.eventCount(total)
          )}
        </p>
      </div>
      <div className="event-list__scroll" ref={scrollBox}>
        {start > 0 && (
          <button
            type="button"
            className="button event-list__more"
            onClick={() => widen({ start: Math.max(0, start - LIST_PAGE), end })}
          >
            {m.showEarlier(Math.min(LIST_PAGE, start))}
            <span className="event-list__more-count">{m.notShown(start)}</span>
          </button>
        )}
        <ul className="event-list__items" aria-labelledby="events-heading">
          {visible.slice(start, end).map((event) => (
            <EventRow
              key={event.id}
              event={event}
              look={kinds.look(event.kind)}
              rowId={`${rowIdPrefix}${event.id}`}
              selected={event.id === selectedId}
              onSelect={select}
              onHover={hover}
            />
          ))}
        </ul>
        {visible.length === 0 && total > 0 && <p className="event-list__empty">{m.noneInWindow}</p>}
        {end < visible.length && (
          <button
            type="button"
            className="button event-list__more"
            onClick={() => widen({ start, end: end + LIST_PAGE })}
          >
            {m.showMore(Math.min(LIST_PAGE, visible.length - end))}
            <span className="event-list__more-count">{m.notShown(visible.length - end)}</span>
          </button>
        )}
      </div>
    </section>
  );
}
