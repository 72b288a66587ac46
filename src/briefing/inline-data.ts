/**
 * The data a single-file briefing carries inside itself, because a page opened from file://
 * cannot fetch: the story's JSON text and the basemap's GeoJSON, by file name. The build writes
 * it (encodeInlineData) as the module `virtual:dateline-inline-data`; the page reads it back
 * (readInlineData) and still treats it as untrusted input: the story goes through parseStory.
 */
import type { FeatureCollection } from 'geojson';
import type { StoryText } from '../app/start-story';

/** Basemap GeoJSON by file name in public/geo/ ("countries.geojson"). */
export type InlineGeo = Readonly<Record<string, FeatureCollection>>;

/** What the briefing page finds inside itself. */
export interface InlineData {
  readonly story: StoryText;
  readonly geo: InlineGeo;
}

/** What the build puts in the page: texts only, so the page parses them at its boundary. */
interface EncodedInlineData {
  readonly story: StoryText;
  readonly geo: Readonly<Record<string, string>>;
}

/** The source of `virtual:dateline-inline-data` for a story and the basemap files' texts. */
export function encodeInlineData(
  story: StoryText,
  geoTexts: Readonly<Record<string, string>>,
): string {
  const encoded: EncodedInlineData = { story, geo: geoTexts };
  return `export default ${JSON.stringify(encoded)};\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFeatureCollection(value: unknown): value is FeatureCollection {
  return isRecord(value) && value.type === 'FeatureCollection' && Array.isArray(value.features);
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
  if (!isRecord(geo)) return fail('The briefing holds no basemap.');
  const collections: Record<string, FeatureCollection> = {};
  for (const [file, text] of Object.entries(geo)) {
    let parsed: unknown;
    try {
      parsed = typeof text === 'string' ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!isFeatureCollection(parsed))
      return fail(`The briefing's basemap file ${file} is damaged.`);
    collections[file] = parsed;
  }
  return { ok: true, data: { story: { id: story.id, text: story.text }, geo: collections } };
}
