/**
 * A step as the presenter needs it at a glance: title, date, place, whether it is still a guess
 * (the reasons folded, to open when asked) and the words on screen.
 */
import { eventPlaceLabel } from '../panels/citation-text';
import type { StoryEvent } from '../story/story';
import { formatEventTime } from '../time/format-date';
import { GuessNote } from '../ui/GuessNote';
import { useLocale } from '../ui/messages-context';

/** One step's event, compact. */
export function StepSummary({ event }: { event: StoryEvent }) {
  const locale = useLocale();
  return (
    <div className="step-summary">
      <h3 className="step-summary__title" dir="auto">
        {event.title}
      </h3>
      <p className="step-summary__meta">
        {formatEventTime(event.time, locale)} · <bdi>{eventPlaceLabel(event.place, locale)}</bdi>
      </p>
      <GuessNote review={event.review} folded />
      {event.excerpts.map((excerpt, index) => (
        <blockquote key={`${excerpt.source}-${index}`} className="step-summary__quote" dir="auto">
          <p>{excerpt.quote}</p>
        </blockquote>
      ))}
    </div>
  );
}
