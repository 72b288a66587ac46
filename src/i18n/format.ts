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

/**
 * Each Intl object is built when first used: V8 takes milliseconds to build the first one of a
 * locale, and the English formatter is made as the app's module runs, before the first render.
 */
export function createFormatter(locale: Locale): Formatter {
  let numbers: Intl.NumberFormat | undefined;
  let rules: Intl.PluralRules | undefined;
  let lists: Intl.ListFormat | undefined;
  const number = (value: number) => (numbers ??= new Intl.NumberFormat(locale)).format(value);
  return {
    locale,
    number,
    plural: (count, forms) =>
      (forms[(rules ??= new Intl.PluralRules(locale)).select(count)] ?? forms.other).replaceAll(
        '#',
        number(count),
      ),
    list: (items) => (lists ??= new Intl.ListFormat(locale, { type: 'conjunction' })).format(items),
  };
}
