/**
 * Problems in the reader's words, for a file that could not be opened, the notes an import left,
 * and why the browser would not keep a story. Their English words load on first use rather than
 * with the first page: most readers never open a file, and fewer still one that fails or needs
 * notes.
 */
import type { ImportNote } from '../import/import-notes';
import type { Messages } from '../i18n/messages';
import type { LibraryError } from '../library/library-errors';
import type { Problem } from '../story/problem';

/**
 * Each item as a line, once the words are loaded; none if they cannot load (an old tab after an
 * update), when the notice's headline still says what happened.
 */
async function inWords<T>(
  items: readonly T[],
  word: () => (item: T) => string,
  load: () => Promise<unknown> = () => import('../i18n/lazy/problems'),
): Promise<string[]> {
  try {
    await load();
  } catch {
    return [];
  }
  return items.map(word());
}

/** Each problem as a line. */
export function describeProblems(
  messages: Messages,
  problems: readonly Problem[],
): Promise<string[]> {
  return inWords(problems, () => messages.problems.describe);
}

/** Each note an import left, as a line. */
export function describeNotes(messages: Messages, notes: readonly ImportNote[]): Promise<string[]> {
  return inWords(notes, () => messages.importNotes.note);
}

/** Why the browser would not keep a story, as one line (none if its words cannot load). */
export function describeLibraryError(messages: Messages, error: LibraryError): Promise<string[]> {
  return inWords(
    [error],
    () => messages.library.error,
    () => import('../i18n/lazy/library'),
  );
}
