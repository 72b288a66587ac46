/**
 * A kind's name in the interface's language. Built-in kinds are the app's words and are
 * translated; a kind the story names itself keeps the story's words.
 */
import { useMemo } from 'react';
import { EVENT_KINDS } from '../story/event-kinds';
import { useMessages } from './messages-context';

type KindLabel = (look: { readonly id: string; readonly label: string }) => string;

/** The same naming without React, for words drawn outside the page (the PNG export). */
export function kindLabelFrom(names: Readonly<Record<string, string>>): KindLabel {
  return (look) => {
    const builtIn = Object.entries(EVENT_KINDS).find(([id]) => id === look.id)?.[1];
    return builtIn?.label === look.label ? (names[look.id] ?? look.label) : look.label;
  };
}

export function useKindLabel(): KindLabel {
  const names: Readonly<Record<string, string>> = useMessages().kinds;
  return useMemo(() => kindLabelFrom(names), [names]);
}
