/**
 * The audience's card for one step: what happened, when (as precisely as the sources say),
 * where, and the article's own words with their source, in type readable from the back of a room.
 */
import { useRef } from 'react';
import { ExcerptFigure } from '../panels/ExcerptFigure';
import { eventPlaceLabel, formatUncertainty } from '../panels/citation-text';
import { GuessNote } from '../ui/GuessNote';
import { KindSwatch } from '../panels/KindSwatch';
import { kindTable } from '../story/kind-looks';
import { findSource, type Story, type StoryEvent } from '../story/story';
import { formatEventTime } from '../time/format-date';
import { useFitText } from './use-fit-text';
import { useLocale, useMessages } from '../ui/messages-context';
import { useKindLabel } from '../ui/use-kind-label';
import '../i18n/lazy/present';

interface StepCardProps {
  readonly story: Story;
  readonly event: StoryEvent;
  readonly index: number;
  readonly count: number;
}

/** One step's event, large. */
export function StepCard({ story, event, index, count }: StepCardProps) {
  const { time, place } = event;
  const m = useMessages();
  const locale = useLocale();
  const kindLabel = useKindLabel();
  const coarse = m.panels.precision(time.precision);
  const look = kindTable(story).look(event.kind);
  const uncertainty = place ? formatUncertainty(place.uncertaintyKm, locale) : undefined;
  const card = useRef<HTMLElement>(null);
  useFitText(card, event);
  return (
    // Focusable so that words too long to fit even at the smallest size can be scrolled.
    <article ref={card} className="present-card" aria-labelledby="present-card-title" tabIndex={0}>
      <p className="present-card__step">
        <span>{m.present.stepOf(index + 1, count)}</span>
        <span className="present-card__kind">
          <KindSwatch look={look} size={22} />
          {kindLabel(look)}
        </span>
      </p>
      <h2 id="present-card-title" className="present-card__title" dir="auto">
        {event.title}
      </h2>
      <p className="present-card__meta">
        <span className="present-card__date">{formatEventTime(time, locale)}</span>
        {coarse !== undefined && <span className="present-card__qualifier"> ({coarse})</span>}
        {' · '}
        <bdi>{eventPlaceLabel(place, locale)}</bdi>
        {uncertainty !== undefined && (
          <span className="present-card__qualifier"> {uncertainty}</span>
        )}
      </p>
      <GuessNote review={event.review} folded />
      {event.excerpts.map((excerpt, position) => {
        const source = findSource(story, excerpt.source);
        // Quotes in a row from one source are credited once, after the last of them.
        const creditLater = event.excerpts[position + 1]?.source === excerpt.source;
        return (
          <ExcerptFigure
            key={`${excerpt.source}-${position}`}
            excerpt={excerpt}
            source={source}
            className="present-card__excerpt"
            creditClassName={creditLater ? 'visually-hidden' : 'present-card__source'}
          />
        );
      })}
    </article>
  );
}
