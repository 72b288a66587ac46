/**
 * The interface's words for the chosen language. Components read them with `useMessages()`;
 * without a provider (tests, the briefing) they get English.
 */
import { createContext, useContext } from 'react';
import { englishMessages } from '../i18n/load-messages';
import type { Messages } from '../i18n/messages';

export const MessagesContext = createContext<Messages>(englishMessages);

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
