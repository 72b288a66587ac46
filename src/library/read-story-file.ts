/**
 * Opens a file a person picked or dropped: a Dateline story is parsed as it is (and kept as the
 * exact text they gave); any other file goes to the importers, loaded only when such a file
 * arrives. Files over 30 MB are refused before a byte is read. Nothing in a file is ever run.
 */
import type { FieldChoice, FieldRole, ImportFormat, ImportResult } from '../import/import-file';
import { MAX_STORY_BYTES } from '../story/story-limits';
import { parseStoryTextAsync } from '../story/story-parser';
import type { Problem } from '../story/problem';
import type { Story } from '../story/story';

/** What a file input or a drop hands over (a File is one). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/** A story read from a file, with the text to keep, or why there is none. */
export type OpenedFile =
  | {
      readonly ok: true;
      readonly story: Story;
      /** Problems in a story that still opened (events left out), as the parser reports them. */
      readonly problems: readonly Problem[];
      /** The story file's text to keep: the file itself, or the imported story as JSON. */
      readonly text: string;
      /** "dateline", or the import format it came from. */
      readonly origin: string;
      /** What an import dropped or guessed ("3 slides without a location were left out"). */
      readonly notes: readonly string[];
    }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      /** Present when the person can say which fields to use and the file can be read again. */
      readonly question?: FieldQuestion;
    };

/** A file the importer could read once the person picks the fields it could not guess. */
export interface FieldQuestion {
  readonly name: string;
  readonly text: string;
  readonly format?: ImportFormat;
  readonly needs: readonly FieldChoice[];
}

/** Which property or column fills each role, as the person chose. */
export type FieldAnswers = Partial<Record<FieldRole, string>>;

export type Importer = (
  file: { name: string; text: string },
  fields?: FieldAnswers,
) => Promise<ImportResult>;

/** The importers, fetched as their own chunk the first time a non-Dateline file is opened. */
const lazyImporter: Importer = async (file, fields) =>
  (await import('../import/import-file')).importStoryFile(file, fields ? { fields } : {});

/** The message for a file over the limit, before reading it. */
export function tooLargeMessage(name: string, bytes: number): string | undefined {
  if (bytes <= MAX_STORY_BYTES) return undefined;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `“${name}” is ${mb} MB; files above ${MAX_STORY_BYTES / 1024 / 1024} MB are not opened.`;
}

/** Reads and parses a picked file; never throws. */
export async function readStoryFile(
  file: PickedFile,
  importer: Importer = lazyImporter,
): Promise<OpenedFile> {
  const large = tooLargeMessage(file.name, file.size);
  if (large) return failed(large);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed(`“${file.name}” could not be read: ${reason}`);
  }
  if (isDatelineJson(text)) {
    const parsed = await parseStoryTextAsync(text);
    if (!parsed.ok) return parsed;
    return { ...parsed, text, origin: 'dateline', notes: [] };
  }
  return importText({ name: file.name, text }, undefined, importer);
}

/** Imports a file's text, with the fields the person chose if any; never throws. */
export async function importText(
  file: { name: string; text: string },
  fields?: FieldAnswers,
  importer: Importer = lazyImporter,
): Promise<OpenedFile> {
  let imported: ImportResult;
  try {
    imported = await (fields ? importer(file, fields) : importer(file));
  } catch (error) {
    // The import code itself could not load (an old tab after an update, a flaky disk).
    const reason = error instanceof Error ? error.message : String(error);
    return failed(`The importers could not be loaded: ${reason}`);
  }
  if (!imported.ok) {
    const problems = [
      ...imported.problems.map((refusal): Problem => ({
        path: '',
        code: 'import-refused',
        refusal,
      })),
      ...(imported.notes ?? []).map((text): Problem => ({ path: '', code: 'text', text })),
    ];
    const { needs, format } = imported;
    if (!needs || needs.length === 0) return { ok: false, problems };
    return { ok: false, problems, question: { ...file, needs, ...(format ? { format } : {}) } };
  }
  const text = `${JSON.stringify(imported.story, null, 2)}\n`;
  const parsed = await parseStoryTextAsync(text);
  if (!parsed.ok) return parsed;
  return {
    ...parsed,
    text,
    origin: imported.format,
    notes: imported.notes,
  };
}

/** A Dateline story file: a JSON object that says its format. Anything else is an import. */
function isDatelineJson(text: string): boolean {
  if (!/^\s*\{/.test(text)) return false;
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && 'format' in data && 'events' in data;
  } catch {
    return false;
  }
}

function failed(message: string): OpenedFile {
  return { ok: false, problems: [{ path: '', code: 'text', text: message }] };
}
