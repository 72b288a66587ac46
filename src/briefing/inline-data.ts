/**
 * The data a single-file briefing carries inside itself, because a page opened from file://
 * cannot fetch: the story's JSON text, the basemap tiles its story needs (gzipped, base64) and
 * the basemap's GeoJSON files by name. The build (and Export briefing, filling the template)
 * writes it (encodeInlineData) as JSON in a `<script type="application/json">` block, which the
 * page never runs: the Content Security Policy hashes only the page's code, so the data can
 * change without the policy changing. The page reads it back (readInlineData) and still treats
 * it as untrusted input: the story goes through parseStory, the tiles through the tile decoder.
 */
import type { FeatureCollection } from 'geojson';
import type { StoryText } from '../app/start-story';
import type { BasemapGeoData } from '../map/basemap-data';
import { LOCALES, type Locale } from '../i18n/locale';
import { BRIEFING_MAX_TILE_ZOOM } from './briefing-tiles';

/** What the briefing page finds inside itself. */
export interface InlineData {
  readonly story: StoryText;
  readonly geo: BasemapGeoData;
  /** The interface language the briefing was exported in; absent from a build-made briefing. */
  readonly lang?: Locale | undefined;
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
  readonly lang?: Locale;
}

/** The id of the `<script type="application/json">` element that holds the data. */
export const INLINE_DATA_ELEMENT_ID = 'dateline-data';

/** Matches the data element in a page, its JSON text as the first group. */
export const INLINE_DATA_BLOCK =
  /<script type="application\/json" id="dateline-data">([\s\S]*?)<\/script>/;

/** Base64 without Node's Buffer, so the browser encodes tiles as the build does. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let at = 0; at < bytes.length; at += chunk) {
    binary += String.fromCharCode(...bytes.subarray(at, at + chunk));
  }
  return btoa(binary);
}

/**
 * The data element's JSON for a story and its basemap. "<" is escaped, so nothing in a story
 * can end the element; JSON.parse reads it back unchanged.
 */
export function encodeInlineData(story: StoryText, geo: InlineGeoInput, lang?: Locale): string {
  const tiles = Object.fromEntries(
    Object.entries(geo.tiles).map(([key, bytes]) => [key, toBase64(bytes)]),
  );
  const encoded: EncodedInlineData = {
    story,
    geo: { tiles, files: { ...geo.files } },
    ...(lang === undefined ? {} : { lang }),
  };
  return JSON.stringify(encoded).replaceAll('<', '\\u003c');
}

/** The whole data element, as the page carries it. */
export function inlineDataBlock(json: string): string {
  return `<script type="application/json" id="${INLINE_DATA_ELEMENT_ID}">${json}</script>`;
}

/** The data element's JSON text parsed, or undefined when it is missing or not JSON. */
export function parseInlineDataText(text: string | null | undefined): unknown {
  if (text == null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
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
  // An unknown language is ignored (the reader's browser decides), never a reason to refuse.
  const lang = LOCALES.find((locale) => locale === value.lang);
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
      ...(lang === undefined ? {} : { lang }),
    },
  };
}
