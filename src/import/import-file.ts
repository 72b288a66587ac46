/**
 * The one entrance for files a newsroom already has: a Dateline story, a TimelineJS timeline
 * (JSON or its Google Sheets template as CSV), a StoryMapJS story, a GeoJSON FeatureCollection
 * with times, or a CSV of events (ACLED's columns, or any latitude/longitude/date table).
 * Every file is untrusted: it is parsed as data, never run, and what is wrong is said with where.
 * The story that comes out is a format-2 object for `parseStory`; `notes` say what was dropped
 * or guessed on the way.
 */

import type { ImportNote } from './import-notes';
import type { ImportRefusal } from './import-words';

/** What kind of file was read. */
export type ImportFormat =
  'dateline' | 'timelinejs-json' | 'timelinejs-csv' | 'storymapjs' | 'geojson' | 'csv';

/** A part an event needs that a GeoJSON property or a CSV column can fill. */
export type FieldRole = 'time' | 'end' | 'title' | 'text' | 'latitude' | 'longitude' | 'place';

/** Choices the person made where the importer could not guess (or guessed wrong). */
export interface ImportOptions {
  /** Which property (GeoJSON) or column (CSV) fills each role; unnamed roles are guessed. */
  readonly fields?: Partial<Record<FieldRole, string>>;
  /** The story's id; else one made from the file name. */
  readonly storyId?: string;
}

/** A role the importer could not fill by itself, and what could fill it, likeliest first. */
export interface FieldChoice {
  readonly role: FieldRole;
  readonly candidates: readonly string[];
}

/** A story (to pass to `parseStory`) and what happened on the way, or why there is none. */
export type ImportResult =
  | { ok: true; story: unknown; format: ImportFormat; notes: ImportNote[] }
  | {
      ok: false;
      problems: ImportRefusal[];
      /** What the importer noted on the way, when it read the file but found no event in it. */
      notes?: ImportNote[];
      /** The kind of file, when it was recognised. */
      format?: ImportFormat;
      /** Present when choosing fields (ImportOptions.fields) and importing again would work. */
      needs?: FieldChoice[];
    };

/** Files above this are refused before parsing; the same limit as a story file. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

/** For a file input's `accept`: every extension an import reads. */
export const IMPORT_FILE_TYPES = '.json,.geojson,.csv,.tsv,.txt';

/** The refusal of a file over the limit, or undefined; usable on File.size before reading. */
export function tooLarge(name: string, bytes: number): ImportRefusal | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  // Tenths of a megabyte, as the sentence writes them.
  const megabytes = Math.round((bytes / 1024 / 1024) * 10) / 10;
  return { code: 'too-large', file: name, megabytes, limit: MAX_IMPORT_BYTES / 1024 / 1024 };
}

/** Reads a file's text into a story; never throws, never runs anything in the file. */
export async function importStoryFile(
  file: { name: string; text: string },
  options: ImportOptions = {},
): Promise<ImportResult> {
  const size = tooLarge(file.name, utf8Length(file.text));
  if (size) return { ok: false, problems: [size] };
  const { readImport } = await import('./read-import');
  return readImport(file, options);
}

/** UTF-8 bytes without encoding a possibly huge string when its length already decides. */
function utf8Length(text: string): number {
  // A UTF-16 code unit is 1 to 3 UTF-8 bytes (a surrogate pair, 2 units, is 4 bytes).
  if (text.length > MAX_IMPORT_BYTES || text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}
