/**
 * How every mode marks a machine's guess: a "Guess" badge in words (never colour alone) and the
 * reasons a person needs to check it in a second ("'on Tuesday' in an article of Monday 18
 * October 2021"), with the other readings it could have been. Written once; the details panel,
 * the events list, the map's tooltip and the presentation's card all use it.
 */
import { useId } from 'react';
import type { Review } from '../story/story-schema';
import { useMessages } from './messages-context';
import './guess-note.css';

/** True while an event is a machine's guess that no person has confirmed. */
export function isGuess(review: Review | undefined): review is Review {
  return review?.status === 'guess';
}

/** The badge alone, for rows and tooltips. */
export function GuessBadge() {
  const m = useMessages().guesses;
  return <span className="guess-badge">{m.guess}</span>;
}

/**
 * The badge with the reasons: listed openly (the details panel), or folded under "Why it is a
 * guess" where space is the audience's (the presentation's card). Nothing for a confirmed event.
 */
export function GuessNote({
  review,
  folded = false,
}: {
  review: Review | undefined;
  folded?: boolean;
}) {
  const m = useMessages().guesses;
  const id = useId();
  if (!isGuess(review)) return null;
  const reasons = review.reasons.length > 0 && (
    <ul className="guess-note__reasons">
      {review.reasons.map((reason, index) => (
        <li key={`${reason.field}-${index}`}>
          <span className="guess-note__field">{m.guessField(reason.field)}: </span>
          {reason.text}
          {reason.alternatives && reason.alternatives.length > 0 && (
            <span className="guess-note__alternatives">
              {' '}
              {m.guessAlternatives(reason.alternatives)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="guess-note" aria-labelledby={`${id}-badge`}>
      <p className="guess-note__head">
        <span id={`${id}-badge`}>
          <GuessBadge />
        </span>{' '}
        <span className="guess-note__intro">{m.guessIntro}</span>
      </p>
      {reasons &&
        (folded ? (
          <details className="guess-note__fold">
            <summary>{m.guessWhy}</summary>
            {reasons}
          </details>
        ) : (
          reasons
        ))}
    </section>
  );
}
