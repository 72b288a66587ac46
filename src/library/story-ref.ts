/**
 * How a link names a story kept in this browser: `?story=local:<id>`. Shipped ids and `.json`
 * paths are left to resolveStoryUrl (src/story/load-story.ts); this only tells the two apart.
 */
import { LIBRARY_ID } from './library-id';

const PREFIX = 'local:';

/** The `?story=` value for a library story. */
export function localStoryRef(id: string): string {
  return `${PREFIX}${id}`;
}

/**
 * For a `?story=` value: not a library reference at all, a library id, or a library reference
 * that is malformed (said as a message).
 */
export function readLocalStoryRef(
  ref: string,
):
  | { local: false }
  | { local: true; ok: true; id: string }
  | { local: true; ok: false; message: string } {
  if (!ref.startsWith(PREFIX)) return { local: false };
  const id = ref.slice(PREFIX.length);
  return LIBRARY_ID.test(id)
    ? { local: true, ok: true, id }
    : {
        local: true,
        ok: false,
        message: `"${ref}" is not a library story (local: then 12 letters or digits)`,
      };
}
