/** Library story ids, and what a new kept story is made of: plain code, in the first load. */

/** A library story's id: what `?story=local:<id>` carries. */
export const LIBRARY_ID = /^[a-z0-9]{12}$/;

/** What is needed to keep a new story: its text and what to list it by. */
export interface NewLibraryStory {
  readonly text: string;
  readonly title: string;
  readonly summary: string;
  readonly eventCount: number;
  readonly fileName?: string | undefined;
  readonly origin: string;
}

/** A new random id: 12 characters of [a-z0-9], about 62 bits. */
export function newLibraryId(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = defaultRandom,
): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(random(new Uint8Array(12)), (byte) => alphabet[byte % 36]).join('');
}

function defaultRandom(bytes: Uint8Array<ArrayBuffer>): Uint8Array {
  return crypto.getRandomValues(bytes);
}
