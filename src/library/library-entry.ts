/**
 * What the library keeps for each story: a small entry to list (title, counts, dates) and, in a
 * separate store, the story file's text. Both are read back through a schema: what a browser
 * hands back from its storage is as untrusted as any file (another version of Dateline, or a
 * person with the developer tools, may have written it). Loaded with the library's first use, so
 * zod stays out of the reader's first load.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import '../story/zod-jitless';
import { z } from 'zod';
import { LIBRARY_ID } from './library-id';

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
