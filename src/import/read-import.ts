/** Sends a file to the importer for its format and writes what comes back as a story. */
import { isAcledLayout, readAcled } from './acled-csv';
import { readCsvEvents } from './csv-events';
import { readCsv } from './csv-table';
import { detectFormat } from './detect-format';
import { slugify } from './event-ids';
import type { FieldChoice, ImportFormat, ImportOptions, ImportResult } from './import-file';
import type { ImportLog } from './import-log';
import type { RefusalDetail } from './import-words';
import { buildStory, type ImportedStory } from './imported-story';
import { readGeoJson } from './geojson';
import { readStoryMap } from './storymapjs';
import { readTimelineCsv } from './timelinejs-csv';
import { readTimelineJson } from './timelinejs-json';

/** What an importer gives back: a story and its log, or why there is none. */
export type Imported =
  | { readonly story: ImportedStory; readonly log: ImportLog }
  | { readonly problem: RefusalDetail; readonly needs?: FieldChoice[] };

/** Reads a file whose size is already checked. */
export function readImport(
  file: { name: string; text: string },
  options: ImportOptions,
): ImportResult {
  const detected = detectFormat(file.name, file.text);
  if (!detected.ok) return { ok: false, problems: [{ ...detected.problem, file: file.name }] };
  const { format } = detected;
  if (format === 'dateline') return { ok: true, story: detected.json, format, notes: [] };
  const imported = runImporter(format, detected.json, file, options);
  if ('problem' in imported) {
    return {
      ok: false,
      format,
      problems: [{ ...imported.problem, file: file.name }],
      ...(imported.needs ? { needs: imported.needs } : {}),
    };
  }
  const notes = imported.log.notes();
  if (imported.story.events.length === 0) {
    return {
      ok: false,
      format,
      problems: [{ code: 'no-events', file: file.name }],
      notes,
    };
  }
  const storyId = options.storyId ?? (slugify(file.name.replace(/\.[a-z]+$/i, '')) || 'imported');
  return { ok: true, format, story: buildStory(imported.story, storyId), notes };
}

function runImporter(
  format: Exclude<ImportFormat, 'dateline'>,
  json: unknown,
  file: { name: string; text: string },
  options: ImportOptions,
): Imported {
  switch (format) {
    case 'timelinejs-json':
      return readTimelineJson(json, file.name);
    case 'timelinejs-csv':
      return readTimelineCsv(readCsv(file.text), file.name);
    case 'storymapjs':
      return readStoryMap(json, file.name);
    case 'geojson':
      return readGeoJson(json, file.name, options);
    case 'csv': {
      const table = readCsv(file.text);
      return isAcledLayout(table)
        ? readAcled(table, file.name)
        : readCsvEvents(table, file.name, options);
    }
  }
}
