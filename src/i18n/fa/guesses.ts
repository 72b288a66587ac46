import type { Formatter } from '../format';
import type { GuessesMessages } from '../en/guesses';

export function guesses(f: Formatter): GuessesMessages {
  return {
    guess: 'حدس',
    guessIntro: 'این رویداد را پیش‌نویس حدس زده است؛ آن را با مقاله بسنجید.',
    guessWhy: 'چرا حدس است',
    guessField: (field) =>
      ({
        event: 'رویداد',
        title: 'عنوان',
        kind: 'نوع',
        time: 'تاریخ',
        place: 'مکان',
      })[field] ?? field,
    guessAlternatives: (items) => `همچنین ممکن است: ${f.list(items)}.`,
  };
}
