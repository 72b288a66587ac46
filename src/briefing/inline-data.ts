/**
 * The data a single-file briefing carries inside itself, because a page opened from file://
 * cannot fetch: the story's JSON text, the basemap tiles its story needs (gzipped, base64) and
 * the basemap's GeoJSON files by name. The build writes it (encodeInlineData) as the module
 * `virtual:dateline-inline-data`; the page reads it back (readInlineData) and still treats it as
 * untrusted input: the story goes through parseStory, the tiles through the tile decoder.
 */
import type { FeatureCollection } from 'geojson';
import type { StoryText } from '../app/start-story';
import type { BasemapGeoData } from '../map/basemap-data';
import { BRIEFING_MAX_TILE_ZOOM } from './briefing-tiles';

/** What the briefing page finds inside itself. */
export interface InlineData {
  readonly story: StoryText;
  readonly geo: BasemapGeoData;
}

/** The basemap as the build hands it over: tiles' gzipped bytes by "z/x/y", files' texts by name. */
export interface InlineGeoInput {
  readonly tiles: Readonly<Record<string, Uint8Array>>;
  readonly files: Readonly<Record<string, string>>;
}

/** What the build puts in the page: texts only, so the page parses them at its boundary. */
interface EncodedInlineData {
  readonly story: StoryText;
  readonly geo: { readonly tiles: Record<string, string>; readonly files: Record<string, string> };
}

/** The source of `virtual:dateline-inline-data` for a story and its basemap. */
export function encodeInlineData(story: StoryText, geo: InlineGeoInput): string {
  const tiles = Object.fromEntries(
    Object.entries(geo.tiles).map(([key, bytes]) => [key, Buffer.from(bytes).toString('base64')]),
  );
  const encoded: EncodedInlineData = { story, geo: { tiles, files: { ...geo.files } } };
  return `export default ${JSON.stringify(encoded)};\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFeatureCollection(value: unknown): value is FeatureCollection {
  return isRecord(value) && value.type === 'FeatureCollection' && Array.isArray(value.features);
}

const TILE_KEY = /^\d{1,2}\/\d{1,7}\/\d{1,7}$/;

function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** The briefing's data, or why it cannot be used. */
export type InlineDataResult =
  | { readonly ok: true; readonly data: InlineData }
  | { readonly ok: false; readonly message: string };

/** Reads the module's value back; explains what is wrong instead of throwing. */
export function readInlineData(value: unknown): InlineDataResult {
  const fail = (message: string): InlineDataResult => ({ ok: false, message });
  if (!isRecord(value)) return fail('The briefing holds no data.');
  const { story, geo } = value;
  if (!isRecord(story) || typeof story.id !== 'string' || typeof story.text !== 'string') {
    return fail('The briefing holds no story.');
  }
  if (!isRecord(geo) || !isRecord(geo.tiles) || !isRecord(geo.files)) {
    return fail('The briefing holds no basemap.');
  }
  const files: Record<string, FeatureCollection> = {};
  for (const [file, text] of Object.entries(geo.files)) {
    let parsed: unknown;
    try {
      parsed = typeof text === 'string' ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!isFeatureCollection(parsed))
      return fail(`The briefing's basemap file ${file} is damaged.`);
    files[file] = parsed;
  }
  const tiles = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const [key, text] of Object.entries(geo.tiles)) {
    const bytes = typeof text === 'string' && TILE_KEY.test(key) ? decodeBase64(text) : undefined;
    if (!bytes) return fail(`The briefing's basemap tile ${key} is damaged.`);
    tiles.set(key, bytes);
  }
  return {
    ok: true,
    data: {
      story: { id: story.id, text: story.text },
      geo: { tiles, files, maxZoom: BRIEFING_MAX_TILE_ZOOM },
    },
  };
}
