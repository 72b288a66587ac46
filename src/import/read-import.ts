/** Sends a file to the importer for its format and writes what comes back as a story. */
import { isAcledLayout, readAcled } from './acled-csv';
import { readCsvEvents } from './csv-events';
import { readCsv } from './csv-table';
import { detectFormat } from './detect-format';
import { slugify } from './event-ids';
import type { FieldChoice, ImportFormat, ImportOptions, ImportResult } from './import-file';
import type { ImportLog } from './import-log';
import { buildStory, type ImportedStory } from './imported-story';
import { readGeoJson } from './geojson';
import { readStoryMap } from './storymapjs';
import { readTimelineCsv } from './timelinejs-csv';
import { readTimelineJson } from './timelinejs-json';

/** What an importer gives back: a story and its log, or why there is none. */
export type Imported =
  | { readonly story: ImportedStory; readonly log: ImportLog }
  | { readonly problem: string; readonly needs?: FieldChoice[] };

/** Reads a file whose size is already checked. */
export function readImport(
  file: { name: string; text: string },
  options: ImportOptions,
): ImportResult {
  const detected = detectFormat(file.name, file.text);
  if (!detected.ok) return { ok: false, problems: [detected.problem] };
  const { format } = detected;
  if (format === 'dateline') return { ok: true, story: detected.json, format, notes: [] };
  const imported = runImporter(format, detected.json, file, options);
  if ('problem' in imported) {
    return {
      ok: false,
      format,
      problems: [withName(file.name, imported.problem)],
      ...(imported.needs ? { needs: imported.needs } : {}),
    };
  }
  const notes = imported.log.lines();
  if (imported.story.events.length === 0) {
    return {
      ok: false,
      format,
      problems: [`"${file.name}" has no event that could be read.`, ...notes],
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

/** "x.json" is not…, or "x.json": its events… — the file name as the subject when it reads so. */
function withName(name: string, problem: string): string {
  const reads = /^(is|has|does|cannot|holds|names)\b/.test(problem);
  return reads ? `"${name}" ${problem}` : `"${name}": ${problem}`;
}
