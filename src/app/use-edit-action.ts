/**
 * The header's edit action: "Edit" for a story in the library, "Edit a copy" for a shipped story
 * or one at a path. None on pages without a shell, outside app mode, or while already editing.
 */
import { readLocalStoryRef } from '../library/story-ref';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { useShell } from './shell-context';

export interface EditAction {
  readonly label: string;
  readonly run: () => void;
  readonly ready: boolean;
}

export function useEditAction(): EditAction | undefined {
  const shell = useShell();
  const m = useMessages().openers;
  const ready = useDateline((state) => state.status === 'ready');
  const editing = useDateline((state) => state.settings.initial.edit === true);
  const appMode = useDateline((state) => state.settings.mode === 'app');
  if (!shell || editing || !appMode) return undefined;
  const local = readLocalStoryRef(shell.currentRef ?? '');
  return { label: local.local && local.ok ? m.edit : m.editCopy, run: shell.editStory, ready };
}
