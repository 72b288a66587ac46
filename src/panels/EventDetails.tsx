/**
 * The selected event in the article's words: what, when (as precisely as the sources say), where
 * (with its uncertainty), the quotes, and facts from elsewhere. With nothing selected, the story's
 * summary and how to start. Selecting never moves focus here; a polite live region says what was
 * selected instead.
 */
import { useEffect, useRef } from 'react';
import type { StoryEvent } from '../story/story';
import { selectKindTable, selectLoadingHead, selectSelectedEvent } from '../state/selectors';
import { useDateline } from '../state/store-context';
import { formatEventTime } from '../time/format-date';
import { eventPlaceLabel, formatUncertainty, placeLabel } from './citation-text';
import { ContextFacts } from './ContextFacts';
import { Excerpts } from './Excerpts';
import { GuessNote } from '../ui/GuessNote';
import { KindSwatch } from './KindSwatch';
import './event-details.css';
import { useLocale, useMessages } from '../ui/messages-context';
import { useKindLabel } from '../ui/use-kind-label';

/** The details panel: the selected event, or the story's introduction. */
export function EventDetails() {
  const event = useDateline(selectSelectedEvent);
  const select = useDateline((state) => state.select);
  const m = useMessages().panels;
  const panel = useRef<HTMLElement>(null);
  const eventId = event?.id;
  useEffect(() => {
    // A newly selected event is read from its title, not from where the last one was scrolled to.
    if (panel.current) panel.current.scrollTop = 0;
  }, [eventId]);
  const close = () => {
    select(undefined, 'list');
    // The close button disappears with the event; keep the keyboard where the reader was.
    panel.current?.focus();
  };
  // Escape anywhere lets go of the event, unless something nearer used the key first (a dialog,
  // the legend, the embed's sheet: they call preventDefault). Focus stays put unless it was in
  // the details, which are about to be replaced.
  useEffect(() => {
    if (eventId === undefined) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const focusInside = panel.current?.contains(document.activeElement) === true;
      select(undefined, 'list');
      if (focusInside) panel.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [eventId, select]);
  return (
    <section
      ref={panel}
      className="details"
      aria-labelledby="details-title"
      tabIndex={-1}
      data-open={event ? 'true' : undefined}
    >
      <p className="visually-hidden" aria-live="polite">
        {event ? m.selected(event.title) : ''}
      </p>
      {event ? <SelectedEvent event={event} onClose={close} /> : <StoryIntro />}
    </section>
  );
}

function StoryIntro() {
  const status = useDateline((state) => state.status);
  const summary = useDateline((state) => state.story?.summary ?? selectLoadingHead(state)?.summary);
  const m = useMessages().panels;
  return (
    <div className="details__body details__body--intro">
      <h2 id="details-title" className="details__title details__title--intro">
        {m.aboutStory}
      </h2>
      {summary !== undefined && summary !== '' && (
        <p className="details__summary" dir="auto">
          {summary}
        </p>
      )}
      {status === 'ready' ? (
        <p className="details__hint">{m.selectHint}</p>
      ) : (
        <p className="details__hint">{status === 'loading' ? m.storyLoading : m.noEvents}</p>
      )}
    </div>
  );
}

function SelectedEvent({ event, onClose }: { event: StoryEvent; onClose: () => void }) {
  const { time, place } = event;
  const m = useMessages().panels;
  const locale = useLocale();
  const kindLabel = useKindLabel();
  const coarse = m.precision(time.precision);
  const look = useDateline(selectKindTable).look(event.kind);
  const uncertainty = place ? formatUncertainty(place.uncertaintyKm, locale) : undefined;
  return (
    <div className="details__body">
      <div className="details__head">
        <p className="details__kind">
          <KindSwatch look={look} />
          {kindLabel(look)}
        </p>
        <h2 id="details-title" className="details__title" dir="auto">
          {event.title}
        </h2>
        <button
          type="button"
          className="icon-button details__close"
          aria-label={m.closeDetails}
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <GuessNote review={event.review} />
      <dl className="details__facts">
        <div className="details__fact">
          <dt>{m.when}</dt>
          <dd>
            <span className="details__date">{formatEventTime(time, locale)}</span>
            {coarse !== undefined && <span className="details__qualifier"> ({coarse})</span>}
            {time.note !== undefined && time.note !== '' && (
              <details className="details__note">
                <summary>{m.howDate}</summary>
                <p dir="auto">{time.note}</p>
              </details>
            )}
          </dd>
        </div>
        <div className="details__fact">
          <dt>{m.where}</dt>
          <dd>
            {place ? (
              placeLabel(place.name, place.country, locale)
            ) : (
              <>
                {eventPlaceLabel(undefined, locale)}
                <span className="details__qualifier"> {m.noPlaceYet}</span>
              </>
            )}
            {uncertainty !== undefined && (
              <>
                {' '}
                <span className="details__qualifier details__qualifier--nowrap">{uncertainty}</span>
              </>
            )}
            {place?.note !== undefined && place.note !== '' && (
              <details className="details__note">
                <summary>{m.howPlace}</summary>
                <p dir="auto">{place.note}</p>
              </details>
            )}
          </dd>
        </div>
      </dl>
      <Excerpts excerpts={event.excerpts} />
      <ContextFacts facts={event.context} />
    </div>
  );
}
