/**
 * Autosave: every change to the file under edit is written to the story library after a short
 * rest (and at once when the page is hidden), so a reload or a crash loses nothing. A file that
 * does not load at all (an empty story title) is not written: reopening it would fail.
 */
import { useEffect, useState } from 'react';
import type { LibraryError } from '../library/library-errors';
import type { StoryLibrary } from '../library/story-library';
import type { StoryFile } from '../story/story-schema';
import { useDatelineStore } from '../state/store-context';

export const AUTOSAVE_DELAY_MS = 600;

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'unloadable' }
  | { readonly kind: 'failed'; readonly error: LibraryError };

/** The file as the library keeps it: indented JSON, as a person would write it. */
export function fileText(file: StoryFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function useAutosave(
  library: StoryLibrary | undefined,
  id: string | undefined,
  onSaved: (text: string) => void,
  delayMs = AUTOSAVE_DELAY_MS,
): SaveStatus {
  const store = useDatelineStore();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  useEffect(() => {
    if (!library || id === undefined) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let saved: StoryFile | undefined = store.getState().editHistory?.present;
    let pending: StoryFile | undefined;
    const save = () => {
      timer = undefined;
      const file = pending;
      pending = undefined;
      if (!file) return;
      const text = fileText(file);
      void library
        .save(id, {
          text,
          title: file.title,
          summary: file.summary,
          eventCount: file.events.length,
          origin: 'dateline',
        })
        .then((result) => {
          if (result.ok) {
            onSaved(text);
            if (!pending) setStatus({ kind: 'saved' });
          } else setStatus({ kind: 'failed', error: result.error });
        });
    };
    const unsubscribe = store.subscribe((state) => {
      const file = state.editHistory?.present;
      if (!file || file === saved) return;
      if (saved === undefined) {
        // The first file of this editing session is what was read: nothing to write.
        saved = file;
        return;
      }
      if (!state.editLoads) {
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        pending = undefined;
        setStatus({ kind: 'unloadable' });
        return;
      }
      saved = file;
      pending = file;
      setStatus({ kind: 'saving' });
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(save, delayMs);
    });
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      save();
    };
    document.addEventListener('visibilitychange', flush);
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', flush);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [store, library, id, onSaved, delayMs]);
  return status;
}
