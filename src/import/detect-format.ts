/**
 * What a file is, from its content first and its name second: a name can lie ("story.json"
 * holding a spreadsheet), content rarely does. JSON is parsed once here and handed on.
 */
import type { ImportFormat } from './import-file';

export type Detected =
  | { readonly ok: true; readonly format: ImportFormat; readonly json?: unknown }
  | { readonly ok: false; readonly problem: string };

const TIMELINEJS_COLUMNS = ['year', 'month', 'day', 'headline', 'text'];

/** Recognises the file or says what it looks like instead. */
export function detectFormat(name: string, text: string): Detected {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trimStart();
  if (trimmed === '') return { ok: false, problem: `"${name}" is empty.` };
  if (hasBinaryBytes(body.slice(0, 4096))) {
    return {
      ok: false,
      problem: `"${name}" is not a text file (a spreadsheet, an image or a document?). Save it as CSV or JSON and open that.`,
    };
  }
  const looksJson = /^[{[]/.test(trimmed) || /\.(geo)?json$/i.test(name);
  if (looksJson) return detectJson(name, body);
  if (/^<(!doctype|html|\?xml|svg|kml)/i.test(trimmed)) {
    return {
      ok: false,
      problem: `"${name}" is a web page or XML document, not a story, TimelineJS, StoryMapJS, GeoJSON or CSV file.`,
    };
  }
  const header = firstLine(body).toLowerCase();
  const columns = header.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"|"$/g, ''));
  if (columns.length < 2) {
    return {
      ok: false,
      problem: `"${name}" is neither JSON nor a CSV table: its first line has no columns.`,
    };
  }
  const isTimeline = TIMELINEJS_COLUMNS.every((column) => columns.includes(column));
  return { ok: true, format: isTimeline ? 'timelinejs-csv' : 'csv' };
}

function detectJson(name: string, text: string): Detected {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `"${name}" is not valid JSON: ${reason}.` };
  }
  if (!isRecord(json)) {
    return {
      ok: false,
      problem: `"${name}" holds JSON ${Array.isArray(json) ? 'list' : 'value'}, not a story, TimelineJS, StoryMapJS or GeoJSON object.`,
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
      problem: `"${name}" is a GeoJSON ${json.type}; only a FeatureCollection of features with times can be imported.`,
    };
  }
  if ('format' in json && 'sources' in json) return { ok: true, format: 'dateline', json };
  if ('events' in json) return { ok: true, format: 'timelinejs-json', json };
  const keys = Object.keys(json).slice(0, 6).join(', ');
  return {
    ok: false,
    problem: `"${name}" is JSON but not a story, TimelineJS, StoryMapJS or GeoJSON file (its keys: ${keys || 'none'}).`,
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
