/** The languages the draft dialog offers, named in their own words (as language pickers do). */
export const DRAFT_LANGUAGES: readonly { readonly tag: string; readonly name: string }[] = [
  { tag: 'en', name: 'English' },
  { tag: 'ru', name: 'Русский' },
  { tag: 'uk', name: 'Українська' },
  { tag: 'ar', name: 'العربية' },
  { tag: 'fa', name: 'فارسی' },
  { tag: 'zh', name: '中文' },
  { tag: 'fr', name: 'Français' },
  { tag: 'de', name: 'Deutsch' },
  { tag: 'es', name: 'Español' },
];

/** The option for a page's lang attribute: its primary language when offered, else "other". */
export function languageOption(lang: string | undefined): string {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0] ?? 'en';
  return DRAFT_LANGUAGES.some((l) => l.tag === primary) ? primary : 'other';
}
