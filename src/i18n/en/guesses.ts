/** How an event a draft guessed is marked wherever it is shown: the list, the details, the editor. */
import type { Formatter } from '../format';

export function guesses(f: Formatter) {
  return {
    guess: 'Guess',
    guessIntro: 'A draft guessed this event; check it against the article.',
    guessWhy: 'Why it is a guess',
    guessField: (field: string) =>
      ({
        event: 'Event',
        title: 'Title',
        kind: 'Kind',
        time: 'Date',
        place: 'Place',
      })[field] ?? field,
    guessAlternatives: (items: readonly string[]) => `Could also be: ${f.list(items)}.`,
  };
}

export type GuessesMessages = ReturnType<typeof guesses>;
