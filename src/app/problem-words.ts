/**
 * Problems in the reader's words, for a file that could not be opened, and the notes an import
 * left. The problems' English
 * words load on first use rather than with the first page: most readers never open a file, and
 * fewer still one that fails.
 */
import type { Messages } from '../i18n/messages';
import type { ImportNote } from '../import/import-notes';
import type { Problem } from '../story/problem';

/**
 * Each problem as a line, once the problems' words are loaded; none if they cannot load (an old
 * tab after an update), when the notice's headline still says the file could not be opened.
 */
export async function describeProblems(
  messages: Messages,
  problems: readonly Problem[],
): Promise<string[]> {
  try {
    await import('../i18n/lazy/problems');
  } catch {
    return [];
  }
  return problems.map((problem) => messages.problems.describe(problem));
}

/** Each note an import left, as a line, once their words are loaded; none if they cannot load. */
export async function describeNotes(
  messages: Messages,
  notes: readonly ImportNote[],
): Promise<string[]> {
  try {
    await import('../i18n/lazy/problems');
  } catch {
    return [];
  }
  return notes.map((note) => messages.importNotes.note(note));
}
