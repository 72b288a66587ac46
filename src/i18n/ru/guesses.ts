import type { Formatter } from '../format';
import type { GuessesMessages } from '../en/guesses';

export function guesses(f: Formatter): GuessesMessages {
  return {
    guess: 'Догадка',
    guessIntro: 'Это событие угадано черновиком; сверьте его со статьёй.',
    guessWhy: 'Почему это догадка',
    guessField: (field) =>
      ({
        event: 'Событие',
        title: 'Название',
        kind: 'Тип',
        time: 'Дата',
        place: 'Место',
      })[field] ?? field,
    guessAlternatives: (items) => `Возможно также: ${f.list(items)}.`,
  };
}
