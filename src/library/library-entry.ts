/**
 * What the library keeps for each story: a small entry to list (title, counts, dates) and, in a
 * separate store, the story file's text. Both are read back through a schema: what a browser
 * hands back from its storage is as untrusted as any file (another version of Dateline, or a
 * person with the developer tools, may have written it).
 */
import { z } from 'zod';

/** A library story's id: what `?story=local:<id>` carries. */
export const LIBRARY_ID = /^[a-z0-9]{12}$/;

export const libraryEntrySchema = z.object({
  id: z.string().regex(LIBRARY_ID),
  title: z.string(),
  summary: z.string(),
  eventCount: z.number().int().nonnegative(),
  /** The name of the file it came from, when it came from one. */
  fileName: z.string().optional(),
  /** The kind of file it was made from ("dateline", or an import's format). */
  origin: z.string(),
  /** Length of the text, so a second copy of the same file is found without reading them all. */
  length: z.number().int().nonnegative(),
  /** UTC ms: when it was first kept, and when it was last opened. */
  savedAt: z.number(),
  openedAt: z.number(),
});

/** One story in the library, as listed. */
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

export const libraryFileSchema = z.object({
  id: z.string().regex(LIBRARY_ID),
  text: z.string(),
});

/** A story file's text, kept beside its entry. */
export type LibraryFile = z.infer<typeof libraryFileSchema>;

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
