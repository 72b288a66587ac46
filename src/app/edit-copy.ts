/**
 * "Edit a copy": a shipped story, a story at a path, or one the browser would not keep is first
 * kept in the library, since only a library story can be edited in place and autosaved.
 */
import type { LibraryError } from '../library/library-errors';
import type { StoryLibrary } from '../library/story-library';
import type { Story } from '../story/story';
import type { StoryFileSource } from './shell-screens';

/** The copy's library id; or why there is none: the fetch's words, or the library's failure. */
export type CopyResult =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly message: string }
  | { readonly ok: false; readonly error: LibraryError };

/** Keeps the story's file in the library and gives its library id. */
export async function copyForEditing(
  library: StoryLibrary,
  story: Story,
  file: StoryFileSource,
  fetcher: typeof fetch = fetch,
): Promise<CopyResult> {
  let text = file.text;
  if (text === undefined && file.url !== undefined) {
    try {
      const response = await fetcher(file.url, { credentials: 'same-origin' });
      if (!response.ok) return { ok: false, message: `HTTP ${response.status} for ${file.url}` };
      text = await response.text();
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }
  if (text === undefined) return { ok: false, message: 'the story file is not at hand' };
  const kept = await library.keep({
    text,
    title: story.title,
    summary: story.summary,
    eventCount: story.events.length,
    origin: 'dateline',
  });
  return kept.ok ? { ok: true, id: kept.value.id } : { ok: false, error: kept.error };
}
