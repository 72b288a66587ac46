/** A step as the presenter needs it at a glance: title, date, place and the words on screen. */
import { eventPlaceLabel } from '../panels/citation-text';
import type { StoryEvent } from '../story/story';
import { formatEventTime } from '../time/format-date';

/** One step's event, compact. */
export function StepSummary({ event }: { event: StoryEvent }) {
  return (
    <div className="step-summary">
      <h3 className="step-summary__title">{event.title}</h3>
      <p className="step-summary__meta">
        {formatEventTime(event.time)} · {eventPlaceLabel(event.place)}
      </p>
      {event.excerpts.map((excerpt, index) => (
        <blockquote key={`${excerpt.source}-${index}`} className="step-summary__quote">
          <p>{excerpt.quote}</p>
        </blockquote>
      ))}
    </div>
  );
}
