/**
 * Why the browser would not keep a story, in words for the person: storage turned off or a
 * private window, no room left, or another failure. Never thrown past the library: callers get
 * a result, and the story stays open in memory.
 */

export type LibraryFailure = 'unavailable' | 'full' | 'failed';

export interface LibraryError {
  readonly kind: LibraryFailure;
  readonly message: string;
}

/** A result from the library: a value, or why there is none. */
export type LibraryResult<T> = { readonly ok: true; readonly value: T } | LibraryFailed;

/** A library call that did not work, and why. */
export interface LibraryFailed {
  readonly ok: false;
  readonly error: LibraryError;
}

const MESSAGES: Readonly<Record<LibraryFailure, string>> = {
  unavailable:
    'This browser is not letting Dateline keep stories (a private window, or site data turned off).',
  full: 'There is no room left in this browser’s storage for Dateline’s stories.',
  failed: 'The browser could not keep the story.',
};

/** The error for a failure kind, with an optional detail from the browser. */
export function libraryError(kind: LibraryFailure, detail?: string): LibraryError {
  return { kind, message: detail ? `${MESSAGES[kind]} (${detail})` : MESSAGES[kind] };
}

/** Sorts what IndexedDB threw (a DOMException, usually) into the three kinds. */
export function classifyLibraryError(error: unknown): LibraryError {
  const name = error instanceof Error || isDomException(error) ? error.name : '';
  const detail = error instanceof Error || isDomException(error) ? error.message : String(error);
  if (name === 'QuotaExceededError') return libraryError('full');
  // Firefox's private windows (before 115) and storage blocked by settings refuse to open at all.
  if (name === 'SecurityError' || name === 'InvalidStateError') return libraryError('unavailable');
  return libraryError('failed', detail);
}

function isDomException(error: unknown): error is DOMException {
  return typeof DOMException !== 'undefined' && error instanceof DOMException;
}
