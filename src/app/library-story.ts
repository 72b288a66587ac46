/** Reads a story kept in the browser's library for `?story=local:<id>`. */
import type { StoryLibrary } from '../library/story-library';
import { localStoryRef } from '../library/story-ref';
import type { ParseResult } from '../story/parse-story';
import type { ProblemDetail } from '../story/problem';
import { parseStoryTextAsync } from '../story/story-parser';
import type { LocalStoryLoader } from './start-story';

/**
 * A loader for startStory. `onText` hears the file's text (for Export); the library notes the
 * story as opened, so it lists first.
 */
export function libraryStoryLoader(
  library: StoryLibrary,
  onText?: (text: string) => void,
): LocalStoryLoader {
  return async (id, onChecking) => {
    const read = await library.read(id);
    if (!read.ok) return refused({ code: 'local-unreadable', error: read.error });
    if (!read.value) {
      return refused({ code: 'local-missing', ref: localStoryRef(id) });
    }
    void library.markOpened(id);
    onText?.(read.value.text);
    return parseStoryTextAsync(read.value.text, onChecking);
  };
}

function refused(detail: ProblemDetail): ParseResult {
  return { ok: false, problems: [{ ...detail, path: '?story' }] };
}
