/**
 * "Events": every event in the time window, in time order, as a list of buttons. It mirrors the
 * map for keyboard and screen-reader users, so it selects and hovers exactly as the map does.
 * ↑ ↓ Page Up, Page Down, Home and End move the focus along the rows; Enter or Space selects.
 *
 * Long lists are windowed (use-row-window.ts): past WINDOWED_FROM rows only the rows near the
 * screen, the selected row and the focused row are in the DOM, each saying its place in the whole
 * list (aria-posinset of aria-setsize), and every row is one line of title and one of date and
 * place, so a row's place is its index times one height. What that costs: the browser's find in
 * page and a screen reader's browse mode see only the rendered rows (the map, the timeline and the
 * keys reach the rest), and a long title is cut with an ellipsis in the row (whole in its name and
 * in the details). Shorter lists render every row, whole: simplest for screen readers, and a few
 * hundred rows render in milliseconds.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  selectEventById,
  selectKindTable,
  selectSelectedEvent,
  selectVisibleEvents,
} from '../state/selectors';
import { useDateline, useDatelineStore } from '../state/store-context';
import { EventRow } from './EventRow';
import { prefersReducedMotion } from './reduced-motion';
import { rowForKey, rowsToRender } from './row-window';
import { scrollDelta } from './scroll-within';
import { useRowWindow } from './use-row-window';
import './event-list.css';
import { useMessages } from '../ui/messages-context';

/** Lists longer than this are windowed. */
export const WINDOWED_FROM = 200;

/** Rows a page key moves when the list has no layout to measure (jsdom). */
const FALLBACK_PAGE = 10;

/** The list of events in the time window. */
export function EventList() {
  const visible = useDateline(selectVisibleEvents);
  const total = useDateline((state) => state.story?.events.length ?? 0);
  // While the story loads it has no count yet: "0 events" would say it has none.
  const loaded = useDateline((state) => state.story !== undefined);
  const span = useDateline((state) => state.story?.span);
  const windowedTime = useDateline(
    (state) =>
      state.story !== undefined &&
      (state.window.from > state.story.span.from || state.window.to < state.story.span.to),
  );
  const store = useDatelineStore();
  const selectedId = useDateline((state) => state.selectedId);
  const selectedEvent = useDateline(selectSelectedEvent);
  const kinds = useDateline(selectKindTable);
  const select = useDateline((state) => state.select);
  const hover = useDateline((state) => state.hover);
  const setWindow = useDateline((state) => state.setWindow);
  const m = useMessages().panels;
  const rowIdPrefix = useId();
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  const focusedEvent = useDateline(selectEventById(focusedId));
  const pendingFocus = useRef<string | undefined>(undefined);

  const count = visible.length;
  const windowed = count > WINDOWED_FROM;
  const rows = useRowWindow(count, windowed);
  const { listRef, clipRef, observeRow } = rows;
  const selectedIndex = visible.indexOf(selectedEvent);
  const focusedIndex = visible.indexOf(focusedEvent);
  const indices = windowed
    ? rowsToRender(rows.range, count, [selectedIndex, focusedIndex])
    : Array.from({ length: count }, (_, index) => index);

  const idOf = (element: EventTarget): string | undefined =>
    element instanceof HTMLElement && element.id.startsWith(rowIdPrefix)
      ? element.id.slice(rowIdPrefix.length)
      : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const id = idOf(event.target);
    if (id === undefined) return;
    const from = visible.indexOf(selectEventById(id)(store.getState()));
    const page = windowed ? rows.pageRows() : FALLBACK_PAGE;
    const to = rowForKey(event.key, from, count, page > 1 ? page : FALLBACK_PAGE);
    const target = to === undefined ? undefined : visible.at(to);
    if (!target) return;
    event.preventDefault();
    pendingFocus.current = target.id;
    setFocusedId(target.id);
  };

  // The row a key moved to is rendered by now (it is pinned as the focused row): focus it, which
  // also scrolls it into view in whatever box holds the list.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === undefined) return;
    pendingFocus.current = undefined;
    document.getElementById(`${rowIdPrefix}${id}`)?.focus();
    // Focus scrolled the row into view just now: render its neighbours in this frame.
    if (windowed) rows.measure();
  });

  useEffect(() => {
    if (selectedId === undefined) return;
    let live = true;
    const reveal = (behavior: ScrollBehavior) => {
      const box = clipRef.current;
      const row = document.getElementById(`${rowIdPrefix}${selectedId}`);
      if (!live || !box || !row) return;
      const top = scrollDelta(box.getBoundingClientRect(), row.getBoundingClientRect());
      if (top !== 0) box.scrollBy({ top, behavior });
    };
    // Far down a windowed list a smooth scroll would sweep thousands of rows past: jump there.
    reveal(prefersReducedMotion() || windowed ? 'auto' : 'smooth');
    // Rows change height when the web font arrives; a row selected by the opening link would
    // otherwise end up half hidden.
    if (document.fonts?.status === 'loading') void document.fonts.ready.then(() => reveal('auto'));
    return () => {
      live = false;
    };
    // Only a new selection scrolls: the list's length changing under it must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, rowIdPrefix, clipRef]);

  return (
    <section className="event-list" id="events" tabIndex={-1} aria-labelledby="events-heading">
      <div className="event-list__head">
        <h2 id="events-heading" className="event-list__title">
          {m.eventsHeading}
        </h2>
        <p className="event-list__count">
          {windowedTime ? (
            <>
              {m.inWindow(count, total)}
              <button type="button" className="text-button" onClick={() => span && setWindow(span)}>
                {m.showAll}
              </button>
            </>
          ) : (
            loaded && m.eventCount(total)
          )}
        </p>
      </div>
      <div
        className={
          windowed ? 'event-list__scroll event-list__scroll--windowed' : 'event-list__scroll'
        }
        ref={clipRef}
      >
        <ul
          ref={listRef}
          className={
            windowed ? 'event-list__items event-list__items--windowed' : 'event-list__items'
          }
          style={windowed ? { height: count * rows.rowHeight } : undefined}
          aria-labelledby="events-heading"
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            const id = idOf(event.target);
            if (id !== undefined && id !== focusedId) setFocusedId(id);
          }}
        >
          {indices.map((index) => {
            const event = visible.at(index);
            if (!event) return null;
            return (
              <EventRow
                key={event.id}
                event={event}
                look={kinds.look(event.kind)}
                rowId={`${rowIdPrefix}${event.id}`}
                selected={event.id === selectedId}
                onSelect={select}
                onHover={hover}
                {...(windowed && {
                  position: index,
                  setSize: count,
                  rowHeight: rows.rowHeight,
                  observe: observeRow,
                })}
              />
            );
          })}
        </ul>
        {count === 0 && total > 0 && <p className="event-list__empty">{m.noneInWindow}</p>}
      </div>
    </section>
  );
}
