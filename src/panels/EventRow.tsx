/** One row of the events list: a button named by the event's title, described by when, where, what. */
import { memo } from 'react';
import type { KindLook } from '../story/kind-looks';
import type { StoryEvent } from '../story/story';
import { formatEventTime } from '../time/format-date';
import { NOT_ON_MAP } from './citation-text';
import { KindSwatch } from './KindSwatch';

interface EventRowProps {
  readonly event: StoryEvent;
  readonly look: KindLook;
  /** Unique DOM id of the button; the list scrolls to it. */
  readonly rowId: string;
  readonly selected: boolean;
  readonly onSelect: (id: string, origin: 'list') => void;
  readonly onHover: (id: string | undefined) => void;
}

/** A list row; re-renders only when its event or its selected state changes. */
export const EventRow = memo(function EventRow({
  event,
  look,
  rowId,
  selected,
  onSelect,
  onHover,
}: EventRowProps) {
  const date = formatEventTime(event.time);
  const kind = look.label;
  return (
    <li className="event-row">
      <button
        type="button"
        id={rowId}
        className="event-row__button"
        aria-current={selected ? 'true' : undefined}
        aria-labelledby={`${rowId}-title`}
        aria-describedby={`${rowId}-about`}
        onClick={() => onSelect(event.id, 'list')}
        onMouseEnter={() => onHover(event.id)}
        onMouseLeave={() => onHover(undefined)}
        onFocus={() => onHover(event.id)}
        onBlur={() => onHover(undefined)}
      >
        <span className="event-row__swatch">
          <KindSwatch look={look} />
        </span>
        <span className="event-row__text">
          <span className="event-row__title" id={`${rowId}-title`}>
            {event.title}
          </span>
          {/* Said once, in words, for screen readers; shown as a dotted line for the eye. */}
          <span className="visually-hidden" id={`${rowId}-about`}>
            {`${date}, ${event.place?.name ?? NOT_ON_MAP}, ${kind}`}
          </span>
          {/* The kind is shown by the swatch's shape and colour (and said in the description). */}
          <span className="event-row__meta" aria-hidden="true">
            <span className="event-row__meta-items">
              <span className="event-row__date">{date}</span>
              {event.place ? (
                <span>{event.place.name}</span>
              ) : (
                <span className="event-row__unplaced">{NOT_ON_MAP}</span>
              )}
            </span>
          </span>
        </span>
      </button>
    </li>
  );
});
