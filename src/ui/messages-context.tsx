/**
 * The interface's words for the chosen language. Components read them with `useMessages()`;
 * without a provider (tests, the briefing) they get English.
 */
import { createContext, useContext } from 'react';
import { englishMessages } from '../i18n/load-messages';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';

export const MessagesContext = createContext<Messages>(englishMessages);

export function useMessages(): Messages {
  return useContext(MessagesContext);
}

/** The interface's language, for the dates and numbers components write through Intl. */
export const LocaleContext = createContext<Locale>('en');

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
