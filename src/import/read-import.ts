/** Dispatches a file to the importer for its format (loaded with the import code, not the app). */
import { detectFormat } from './detect-format';
import type { ImportOptions, ImportResult } from './import-file';

/** Reads a file whose size is already checked. */
export function readImport(
  file: { name: string; text: string },
  _options: ImportOptions,
): ImportResult {
  const detected = detectFormat(file.name, file.text);
  if (!detected.ok) return { ok: false, problems: [detected.problem] };
  if (detected.format === 'dateline') {
    return { ok: true, story: detected.json, format: 'dateline', notes: [] };
  }
  return {
    ok: false,
    format: detected.format,
    problems: [`"${file.name}" is a ${detected.format} file; this build cannot import those yet.`],
  };
}
