/**
 * The catalogue for a locale. English ships in the main chunk (most readers, and every test);
 * Russian and Persian load only when asked for.
 */
import { messages as english } from './en';
import { createFormatter } from './format';
import type { Locale } from './locale';
import type { Messages } from './messages';

export const englishMessages: Messages = english(createFormatter('en'));

export async function loadMessages(locale: Locale): Promise<Messages> {
  const f = createFormatter(locale);
  if (locale === 'ru') return (await import('./ru')).messages(f);
  if (locale === 'fa') return (await import('./fa')).messages(f);
  return englishMessages;
}
