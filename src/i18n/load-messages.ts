/**
 * The catalogue for a locale. English ships in the main chunk (most readers, and every test),
 * without the areas that load with their parts (src/i18n/lazy-areas.ts); Russian and Persian load
 * only when asked for, whole.
 */
import { messages as english } from './en';
import { createFormatter } from './format';
import { withLazyAreas } from './lazy-areas';
import type { Locale } from './locale';
import type { Messages } from './messages';

const englishFormatter = createFormatter('en');
export const englishMessages: Messages = withLazyAreas(english(englishFormatter), englishFormatter);

export async function loadMessages(locale: Locale): Promise<Messages> {
  const f = createFormatter(locale);
  if (locale === 'ru') return (await import('./ru')).messages(f);
  if (locale === 'fa') return (await import('./fa')).messages(f);
  return englishMessages;
}
