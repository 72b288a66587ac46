/**
 * What a file is, from its content first and its name second: a name can lie ("story.json"
 * holding a spreadsheet), content rarely does. JSON is parsed once here and handed on.
 */
import type { ImportFormat } from './import-file';
import type { RefusalDetail } from './import-words';

export type Detected =
  | { readonly ok: true; readonly format: ImportFormat; readonly json?: unknown }
  | { readonly ok: false; readonly problem: RefusalDetail };

const TIMELINEJS_COLUMNS = ['year', 'month', 'day', 'headline', 'text'];

/** Recognises the file or says what it looks like instead. */
export function detectFormat(name: string, text: string): Detected {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trimStart();
  if (trimmed === '') return { ok: false, problem: { code: 'empty' } };
  if (hasBinaryBytes(body.slice(0, 4096))) {
    return {
      ok: false,
      problem: { code: 'not-text' },
    };
  }
  const looksJson = /^[{[]/.test(trimmed) || /\.(geo)?json$/i.test(name);
  if (looksJson) return detectJson(body);
  if (/^<(!doctype|html|\?xml|svg|kml)/i.test(trimmed)) {
    return {
      ok: false,
      problem: { code: 'markup' },
    };
  }
  const header = firstLine(body).toLowerCase();
  const columns = header.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"|"$/g, ''));
  if (columns.length < 2) {
    return {
      ok: false,
      problem: { code: 'no-columns' },
    };
  }
  const isTimeline = TIMELINEJS_COLUMNS.every((column) => columns.includes(column));
  return { ok: true, format: isTimeline ? 'timelinejs-csv' : 'csv' };
}

function detectJson(text: string): Detected {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { code: 'bad-json', reason } };
  }
  if (!isRecord(json)) {
    return {
      ok: false,
      problem: { code: 'json-not-object', list: Array.isArray(json) },
    };
  }
  if ('storymap' in json) return { ok: true, format: 'storymapjs', json };
  if (typeof json.type === 'string' && 'features' in json) {
    return { ok: true, format: 'geojson', json };
  }
  if (
    typeof json.type === 'string' &&
    /^(Feature|Point|Polygon|LineString|Multi)/.test(json.type)
  ) {
    return {
      ok: false,
      problem: { code: 'geojson-type', type: json.type },
    };
  }
  if ('format' in json && 'sources' in json) return { ok: true, format: 'dateline', json };
  if ('events' in json) return { ok: true, format: 'timelinejs-json', json };
  const keys = Object.keys(json).slice(0, 6);
  return {
    ok: false,
    problem: { code: 'json-unknown', keys },
  };
}

// NUL and the control characters below tab never occur in text files; they fill binary ones.
function hasBinaryBytes(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) < 9) return true;
  }
  return false;
}

function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

/** A plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
