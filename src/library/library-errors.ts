/**
 * Why the browser would not keep or give back a story, as data: storage turned off or a private
 * window, no room left, a story that is not there or not readable, or another failure. Never
 * thrown past the library: callers get a result, and the story stays open in memory. The words
 * for the person are in the interface's catalogue (src/i18n/<lang>/library.ts), chosen by kind.
 */

/** What went wrong, for logic and for choosing the words. */
export type LibraryError =
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'full' }
  /** `detail` is the browser's own description (a DOMException's), shown as it is. */
  | { readonly kind: 'failed'; readonly detail?: string }
  /** No story of that name (its id, or the title it was listed under) is kept any more. */
  | { readonly kind: 'missing'; readonly story: string }
  /** The story's kept file is there but is not a JSON object. */
  | { readonly kind: 'not-json'; readonly title: string };

/** A result from the library: a value, or why there is none. */
export type LibraryResult<T> = { readonly ok: true; readonly value: T } | LibraryFailed;

/** A library call that did not work, and why. */
export interface LibraryFailed {
  readonly ok: false;
  readonly error: LibraryError;
}

/** Sorts what IndexedDB threw (a DOMException, usually) into the kinds above. */
export function classifyLibraryError(error: unknown): LibraryError {
  const name = error instanceof Error || isDomException(error) ? error.name : '';
  const detail = error instanceof Error || isDomException(error) ? error.message : String(error);
  if (name === 'QuotaExceededError') return { kind: 'full' };
  // Firefox's private windows (before 115) and storage blocked by settings refuse to open at all.
  if (name === 'SecurityError' || name === 'InvalidStateError') return { kind: 'unavailable' };
  return detail === '' ? { kind: 'failed' } : { kind: 'failed', detail };
}

function isDomException(error: unknown): error is DOMException {
  return typeof DOMException !== 'undefined' && error instanceof DOMException;
}
