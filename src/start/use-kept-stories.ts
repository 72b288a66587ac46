/** The start screen's view of the library: the kept stories, and the actions on them. */
import { useCallback, useEffect, useState } from 'react';
import type { LibraryEntry } from '../library/library-entry';
import type { LibraryError } from '../library/library-errors';
import type { StoryLibrary, RemovedStory } from '../library/story-library';
import { downloadText, storyFileName } from '../app/download-file';

export type KeptList =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly entries: readonly LibraryEntry[] }
  | { readonly status: 'failed'; readonly error: LibraryError };

/** The kept stories, reloaded after every change, with the last deletion held for Undo. */
export function useKeptStories(library: StoryLibrary) {
  const [list, setList] = useState<KeptList>({ status: 'loading' });
  const [removed, setRemoved] = useState<RemovedStory | undefined>();
  const [error, setError] = useState<LibraryError | undefined>();

  const reload = useCallback(
    () => library.list().then((result) => setList(listOf(result))),
    [library],
  );

  useEffect(() => {
    let live = true;
    void library.list().then((result) => {
      if (live) setList(listOf(result));
    });
    return () => {
      live = false;
    };
  }, [library]);

  /** Runs a library call; a failure is said, and the list is read again either way. */
  const act = useCallback(
    async <T>(work: Promise<{ ok: true; value: T } | { ok: false; error: LibraryError }>) => {
      const result = await work;
      setError(result.ok ? undefined : result.error);
      await reload();
      return result.ok ? result.value : undefined;
    },
    [reload],
  );

  return {
    list,
    error,
    removed,
    rename: (id: string, title: string) => void act(library.rename(id, title)),
    duplicate: (id: string) => void act(library.duplicate(id)),
    // The toast (and with it the focus on Undo) comes before the list loses the row, so focus
    // never falls to the page between the deleted row's button going and Undo coming.
    remove: async (id: string) => {
      const result = await library.remove(id);
      setError(result.ok ? undefined : result.error);
      if (result.ok) setRemoved(result.value);
      await reload();
    },
    undo: async () => {
      if (!removed) return;
      setRemoved(undefined);
      await act(library.restore(removed));
    },
    forget: () => setRemoved(undefined),
    exportStory: async (entry: LibraryEntry) => {
      const read = await library.read(entry.id);
      if (read.ok && read.value) downloadText(storyFileName(entry.title), read.value.text);
      else setError(read.ok ? { kind: 'missing', story: entry.title } : read.error);
    },
  };
}

function listOf(result: Awaited<ReturnType<StoryLibrary['list']>>): KeptList {
  return result.ok
    ? { status: 'ready', entries: result.value }
    : { status: 'failed', error: result.error };
}
