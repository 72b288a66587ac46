/**
 * Number and plural formatting for one locale, handed to every message so a message can say
 * "3 events" in English, "3 события" in Russian and "۳ رویداد" in Persian without knowing how.
 */
import type { Locale } from './locale';

/** Plural forms by CLDR category; `#` in a form is replaced by the formatted count. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

export interface Formatter {
  readonly locale: Locale;
  /** The count in the locale's digits and grouping. */
  number(value: number): string;
  /** The form of `forms` that fits `count`, with `#` as the count. */
  plural(count: number, forms: PluralForms): string;
  /** "a, b and c" in the locale's words. */
  list(items: readonly string[]): string;
}

export function createFormatter(locale: Locale): Formatter {
  const numbers = new Intl.NumberFormat(locale);
  const rules = new Intl.PluralRules(locale);
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  return {
    locale,
    number: (value) => numbers.format(value),
    plural: (count, forms) =>
      (forms[rules.select(count)] ?? forms.other).replaceAll('#', numbers.format(count)),
    list: (items) => lists.format(items),
  };
}
