/**
 * The few words the date formatter writes around Intl's dates. They live here rather than in the
 * lazily loaded areas because dates are formatted synchronously by pure code (src/time).
 */
import type { Locale } from './locale';

export interface DateWords {
  /** Before an approximate date: "about October 2021". */
  readonly about: (written: string) => string;
  /** A time with no zone: the article's own clock. */
  readonly localTime: string;
  /** Between two dates of different precision, where Intl's formatRange cannot be used. */
  readonly rangeSeparator: string;
  /** Between a day and its time of day: Persian has its own comma. */
  readonly dateTimeSeparator: string;
}

export const DATE_WORDS: Readonly<Record<Locale, DateWords>> = {
  en: {
    about: (written) => `about ${written}`,
    localTime: 'local time',
    rangeSeparator: ' – ',
    dateTimeSeparator: ', ',
  },
  // "примерно" is an adverb, so the month Intl writes in the nominative stays correct after it.
  ru: {
    about: (written) => `примерно ${written}`,
    localTime: 'местное время',
    rangeSeparator: ' – ',
    dateTimeSeparator: ', ',
  },
  fa: {
    about: (written) => `حدود ${written}`,
    localTime: 'وقت محلی',
    rangeSeparator: ' تا ',
    dateTimeSeparator: '، ',
  },
};
