/**
 * Opens a file a person picked or dropped: a Dateline story is parsed as it is (and kept as the
 * exact text they gave); any other file goes to the importers, loaded only when such a file
 * arrives. Files over 30 MB are refused before a byte is read. Nothing in a file is ever run.
 */
import type { FieldChoice, FieldRole, ImportFormat, ImportResult } from '../import/import-file';
import type { ImportNote } from '../import/import-notes';
import { MAX_STORY_BYTES } from '../story/story-limits';
import { parseStoryTextAsync } from '../story/story-parser';
import type { Problem, ProblemDetail } from '../story/problem';
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
      /** What an import dropped or guessed, as codes the catalogue's importNotes area words. */
      readonly notes: readonly ImportNote[];
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

/** The refusal of a file over the limit, before reading it (an import's words say it). */
export function tooLargeProblem(name: string, bytes: number): Problem | undefined {
  if (bytes <= MAX_STORY_BYTES) return undefined;
  // Tenths of a megabyte, as the sentence writes them.
  const megabytes = Math.round((bytes / 1024 / 1024) * 10) / 10;
  const limit = MAX_STORY_BYTES / 1024 / 1024;
  return {
    path: '',
    code: 'import-refused',
    refusal: { code: 'too-large', file: name, megabytes, limit },
  };
}

/** Reads and parses a picked file; never throws. */
export async function readStoryFile(
  file: PickedFile,
  importer: Importer = lazyImporter,
): Promise<OpenedFile> {
  const large = tooLargeProblem(file.name, file.size);
  if (large) return { ok: false, problems: [large] };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return failed({ code: 'file-unreadable', file: file.name, reason: browserWords(error) });
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
    return failed({ code: 'importers-unloaded', reason: browserWords(error) });
  }
  if (!imported.ok) {
    const problems = [
      ...imported.problems.map((refusal): Problem => ({
        path: '',
        code: 'import-refused',
        refusal,
      })),
      ...(imported.notes ?? []).map((note): Problem => ({ path: '', code: 'import-note', note })),
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

function failed(detail: ProblemDetail): OpenedFile {
  return { ok: false, problems: [{ ...detail, path: '' }] };
}

/** What the browser said about an error: a detail under Dateline's own sentence. */
function browserWords(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
