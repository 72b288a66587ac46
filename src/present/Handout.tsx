/**
 * The printed handout: every step on its own page, with a locator map, the date, the place, the
 * article's words and their source. `hidden` on screen (and so from screen readers, which have
 * the live card); print.css shows it, and only it, on paper. It is light from a dark page too
 * (`paper`, theme.css): there is no on-screen preview to clash with the page, and ink on white is
 * what a printer and a reader of the handout expect.
 */
import { ExcerptFigure } from '../panels/ExcerptFigure';
import { eventPlaceLabel, formatUncertainty } from '../panels/citation-text';
import { eventIndex } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { kindTable } from '../story/kind-looks';
import { findSource, type Story, type StoryEvent } from '../story/story';
import { formatEventTime } from '../time/format-date';
import type { HandoutGeo } from '../map/static-map-geo';
import { HandoutMap } from './HandoutMap';
import { GuessNote, isGuess } from '../ui/GuessNote';
import { useLocale, useMessages } from '../ui/messages-context';
import { useKindLabel } from '../ui/use-kind-label';
import '../i18n/lazy/present';

function HandoutPage(props: {
  story: Story;
  event: StoryEvent;
  index: number;
  geo: HandoutGeo | undefined;
}) {
  const { story, event, index, geo } = props;
  const m = useMessages();
  const locale = useLocale();
  const kindLabel = useKindLabel();
  const coarse = m.panels.precision(event.time.precision);
  const look = kindTable(story).look(event.kind);
  const uncertainty = event.place
    ? formatUncertainty(event.place.uncertaintyKm, locale)
    : undefined;
  return (
    <article className="handout__page" aria-labelledby={`handout-step-${index}`}>
      <p className="handout__kicker">
        {m.present.handoutKicker(index + 1, story.steps.length, story.title)}
      </p>
      <h2 id={`handout-step-${index}`} className="handout__title" dir="auto">
        {event.title}
      </h2>
      <p className="handout__meta">
        <strong>{formatEventTime(event.time, locale)}</strong>
        {coarse !== undefined && ` (${coarse})`}
        {' · '}
        <bdi>{eventPlaceLabel(event.place, locale)}</bdi>
        {uncertainty !== undefined && ` ${uncertainty}`}
        {' · '}
        {kindLabel(look)}
      </p>
      <GuessNote review={event.review} />
      {event.place && (
        <HandoutMap place={event.place} look={look} geo={geo} guess={isGuess(event.review)} />
      )}
      {event.excerpts.map((excerpt, position) => {
        const source = findSource(story, excerpt.source);
        return (
          <ExcerptFigure
            key={`${excerpt.source}-${position}`}
            excerpt={excerpt}
            source={source}
            className="handout__excerpt"
            linkSource
            afterCredit={
              source?.url !== undefined && <span className="handout__url"> {source.url}</span>
            }
          />
        );
      })}
      <p className="handout__credit">{m.present.handoutCredit}</p>
    </article>
  );
}

/** Every step as a printed page. */
export function Handout({ geo }: { geo: HandoutGeo | undefined }) {
  const story = useDateline((state) => state.story);
  const m = useMessages().present;
  if (!story) return null;
  const events = eventIndex(story);
  return (
    <section className="handout paper" aria-label={m.handout} hidden>
      {story.steps.map((step, index) => {
        const event = events.get(step.event);
        return event ? (
          <HandoutPage
            key={`${step.event}-${index}`}
            story={story}
            event={event}
            index={index}
            geo={geo}
          />
        ) : null;
      })}
    </section>
  );
}
