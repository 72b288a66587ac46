/**
 * The interface's languages and how one is chosen. The story's own text keeps its language; this
 * is only the language of buttons, labels and the dates the interface writes.
 */
export const LOCALES = ['en', 'ru', 'fa'] as const;
export type Locale = (typeof LOCALES)[number];

function isLocale(tag: string): tag is Locale {
  return LOCALES.some((locale) => locale === tag);
}

/** "ru-RU" → "ru"; "prs" (Dari) → "fa", since the Persian catalogue serves Dari readers too. */
function baseLanguage(tag: string): string {
  const base = tag.toLowerCase().split('-')[0] ?? '';
  return base === 'prs' ? 'fa' : base;
}

/**
 * The link's `lang=` wins (a newsroom chooses the language of its embed), then the browser's
 * languages in the reader's order, then English.
 */
export function pickLocale(requested: string | undefined, preferred: readonly string[]): Locale {
  for (const tag of [requested ?? '', ...preferred]) {
    const base = baseLanguage(tag);
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** Persian is written right to left; the layout mirrors for it. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}
