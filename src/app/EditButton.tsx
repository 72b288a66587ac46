/**
 * "Edit" (a story in the library) or "Edit a copy" (a shipped story, a story at a path): opens the
 * story in the editor. Not on pages without a shell, and not while already editing.
 */
import { readLocalStoryRef } from '../library/story-ref';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { useShell } from './shell-context';

export function EditButton() {
  const shell = useShell();
  const m = useMessages();
  const ready = useDateline((state) => state.status === 'ready');
  const editing = useDateline((state) => state.settings.initial.edit === true);
  const appMode = useDateline((state) => state.settings.mode === 'app');
  if (!shell || editing || !appMode) return null;
  const local = readLocalStoryRef(shell.currentRef ?? '');
  const inLibrary = local.local && local.ok;
  return (
    <button type="button" className="button" disabled={!ready} onClick={shell.editStory}>
      {inLibrary ? m.editor.edit : m.editor.editCopy}
    </button>
  );
}
