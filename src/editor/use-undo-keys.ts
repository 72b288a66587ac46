/**
 * Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z (and Ctrl+Y) redoes, anywhere on the editor's page, fields
 * included: every keystroke in a field is already an edit in the history, so the story's undo is
 * the field's undo too.
 */
import { useEffect } from 'react';
import { useDatelineStore } from '../state/store-context';

export function useUndoKeys(say: (text: string) => void, undone: string, redone: string): void {
  const store = useDatelineStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      const state = store.getState();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        if (state.canUndo) {
          state.undo();
          say(undone);
        }
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault();
        if (state.canRedo) {
          state.redo();
          say(redone);
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, say, undone, redone]);
}
