/** One row of the events list: a button named by the event's title, described by when, where, what. */
import { memo } from 'react';
import type { KindLook } from '../story/kind-looks';
import type { StoryEvent } from '../story/story';
import { formatEventTime } from '../time/format-date';
import { eventPlaceLabel } from './citation-text';
import { GuessBadge, isGuess } from '../ui/GuessNote';
import { KindSwatch } from './KindSwatch';
import { useLocale, useMessages } from '../ui/messages-context';
import { useKindLabel } from '../ui/use-kind-label';

interface EventRowProps {
  readonly event: StoryEvent;
  readonly look: KindLook;
  /** Unique DOM id of the button; the list scrolls to it. */
  readonly rowId: string;
  readonly selected: boolean;
  readonly onSelect: (id: string, origin: 'list') => void;
  readonly onHover: (id: string | undefined) => void;
  /** In a windowed list: the row's index in the whole list, and the list's length. */
  readonly position?: number;
  readonly setSize?: number;
  /** In a windowed list: every row's height (px); the row sits at position × rowHeight. */
  readonly rowHeight?: number;
  /** In a windowed list: measures the row. */
  readonly observe?: (row: HTMLLIElement | null) => void;
}

/**
 * A list row; re-renders only when its event, its place in the list or its selected state
 * changes. A scrub step changes every windowed row's place (the list's length is in each row),
 * so the row's content is a part of its own that the step leaves alone.
 */
export const EventRow = memo(function EventRow({
  position,
  setSize,
  rowHeight,
  observe,
  ...content
}: EventRowProps) {
  const { event, onHover } = content;
  return (
    <li
      className="event-row"
      ref={observe}
      aria-setsize={setSize}
      aria-posinset={position === undefined ? undefined : position + 1}
      style={
        position === undefined || rowHeight === undefined
          ? undefined
          : { top: position * rowHeight, minHeight: rowHeight }
      }
      onMouseEnter={() => onHover(event.id)}
      onMouseLeave={() => onHover(undefined)}
    >
      <RowContent {...content} />
    </li>
  );
});

type RowContentProps = Omit<EventRowProps, 'position' | 'setSize' | 'rowHeight' | 'observe'>;

/** What a row shows and says: its swatch, its title's button and its date and place. */
const RowContent = memo(function RowContent({
  event,
  look,
  rowId,
  selected,
  onSelect,
  onHover,
}: RowContentProps) {
  const messages = useMessages();
  const m = messages.panels;
  const locale = useLocale();
  const date = formatEventTime(event.time, locale);
  const unplaced = eventPlaceLabel(undefined, locale);
  const kind = useKindLabel()(look);
  const guess = isGuess(event.review);
  // The button holds only the title, so its name is exactly its visible text (a name that
  // omits visible words fails WCAG 2.5.3); its ::after stretches over the row so the whole row
  // is still one target. The date and place are its description.
  return (
    <>
      <span className="event-row__swatch">
        <KindSwatch look={look} />
      </span>
      <span className="event-row__text">
        <button
          type="button"
          id={rowId}
          className="event-row__button"
          aria-current={selected ? 'true' : undefined}
          aria-describedby={`${rowId}-about`}
          onClick={() => onSelect(event.id, 'list')}
          onFocus={() => onHover(event.id)}
          onBlur={() => onHover(undefined)}
        >
          <bdi>{event.title}</bdi>
        </button>
        {/* Said once, in words, for screen readers; shown as a dotted line for the eye. */}
        <span className="visually-hidden" id={`${rowId}-about`}>
          {m.rowAbout([
            date,
            event.place?.name ?? unplaced,
            kind,
            ...(guess ? [messages.guesses.guess] : []),
          ])}
        </span>
        {/* The kind is shown by the swatch's shape and colour (and said in the description). */}
        <span className="event-row__meta" aria-hidden="true">
          <span className="event-row__meta-items">
            {guess && (
              <span>
                <GuessBadge />
              </span>
            )}
            <span className="event-row__date">{date}</span>
            {event.place ? (
              <span>
                <bdi>{event.place.name}</bdi>
              </span>
            ) : (
              <span className="event-row__unplaced">{unplaced}</span>
            )}
          </span>
        </span>
      </span>
    </>
  );
});
