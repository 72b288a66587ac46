/**
 * A kind's name in the interface's language. Built-in kinds are the app's words and are
 * translated; a kind the story names itself keeps the story's words.
 */
import { useCallback } from 'react';
import { EVENT_KINDS } from '../story/event-kinds';
import { useMessages } from './messages-context';

export function useKindLabel(): (look: { readonly id: string; readonly label: string }) => string {
  const names: Readonly<Record<string, string>> = useMessages().kinds;
  return useCallback(
    (look) => {
      const builtIn = Object.entries(EVENT_KINDS).find(([id]) => id === look.id)?.[1];
      return builtIn?.label === look.label ? (names[look.id] ?? look.label) : look.label;
    },
    [names],
  );
}
