/**
 * Why the browser would not keep or give back a story (src/library/library-errors.ts): said
 * where a story could not be kept, listed, read or changed.
 */
import type { LibraryError } from '../../library/library-errors';
import type { Formatter } from '../format';

export function library(_f: Formatter) {
  return {
    /** The error in words; the browser's own detail, when it gave one, follows as it is. */
    error: (error: LibraryError): string => {
      switch (error.kind) {
        case 'unavailable':
          return 'This browser is not letting Dateline keep stories (a private window, or site data turned off).';
        case 'full':
          return 'There is no room left in this browser’s storage for Dateline’s stories.';
        case 'failed':
          return error.detail === undefined
            ? 'The browser could not keep the story.'
            : `The browser could not keep the story. (${error.detail})`;
        case 'missing':
          return `There is no story “${error.story}” kept in this browser.`;
        case 'not-json':
          return `The kept file of “${error.title}” is not a JSON object.`;
      }
    },
  };
}

export type LibraryMessages = ReturnType<typeof library>;
