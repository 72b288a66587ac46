/**
 * "Export briefing": the single-file offline briefing for the story on screen, made in the
 * browser from the template the build ships beside the app (dist/briefing-template.html) and
 * the basemap around the story, chosen as the build chooses it (src/briefing/briefing-geo.ts).
 * Everything is fetched from the page's own origin.
 */
import { BRIEFING_GEO_FILES, briefingGeoSelection } from '../briefing/briefing-geo';
import { WHOLE_WORLD_MAX_ZOOM, featuresWithin } from '../briefing/briefing-tiles';
import { BRIEFING_TEMPLATE_FILE, fillBriefingTemplate } from '../briefing/fill-template';
import type { InlineGeoInput } from '../briefing/inline-data';
import { parseTileIndex } from '../geo/tile-index';
import type { Locale } from '../i18n/locale';
import type { Story } from '../story/story';
import { parseStoryText } from '../story/parse-story';

export interface BriefingSource {
  readonly id: string;
  readonly title: string;
  /** The story file's text, when the page holds it; else `url` is fetched. */
  readonly text?: string | undefined;
  readonly url?: string | undefined;
  /** The exporter's interface language, which the briefing then speaks. */
  readonly lang?: Locale | undefined;
}

type Made = { ok: true; html: string } | { ok: false; message: string };

/** Reads a file of the app's basemap, or says which one is missing. */
async function geoFile(url: URL, fetcher: typeof fetch): Promise<Response> {
  const response = await fetcher(url.href);
  if (!response.ok) throw new Error(`the basemap file ${url.pathname} is missing`);
  return response;
}

/**
 * The story's basemap beyond the template's world views (zooms 0–2): the tiles around its
 * events and the handout's world and labels cut to its region.
 */
async function storyGeo(
  story: Story,
  geoBase: URL,
  fetcher: typeof fetch,
): Promise<InlineGeoInput> {
  const index = await geoFile(new URL('tiles/index.json', geoBase), fetcher);
  const { tiles, region } = briefingGeoSelection(story, parseTileIndex(await index.json()));
  const detailed = tiles.filter((key) => Number(key.split('/')[0]) > WHOLE_WORLD_MAX_ZOOM);
  const tileBytes = await Promise.all(
    detailed.map(async (key) => {
      const response = await geoFile(new URL(`tiles/${key}.pbf.gz`, geoBase), fetcher);
      const entry: [string, Uint8Array] = [key, new Uint8Array(await response.arrayBuffer())];
      return entry;
    }),
  );
  const files = await Promise.all(
    BRIEFING_GEO_FILES.map(async (file) => {
      const response = await geoFile(new URL(file, geoBase), fetcher);
      const entry: [string, string] = [file, featuresWithin(await response.text(), region)];
      return entry;
    }),
  );
  return { tiles: Object.fromEntries(tileBytes), files: Object.fromEntries(files) };
}

/** The briefing's HTML, or why it cannot be made; never throws. */
export async function makeBriefing(
  source: BriefingSource,
  appBase: string,
  fetcher: typeof fetch = fetch,
): Promise<Made> {
  try {
    const response = await fetcher(new URL(BRIEFING_TEMPLATE_FILE, appBase).href);
    const template = response.ok ? await response.text() : '';
    if (!template.includes('<html')) {
      return {
        ok: false,
        message:
          'This copy of Dateline has no briefing template: it is made by `npm run build`, not by the development server.',
      };
    }
    let text = source.text;
    if (text === undefined && source.url !== undefined) {
      const story = await fetcher(source.url, { credentials: 'same-origin' });
      if (story.ok) text = await story.text();
    }
    if (text === undefined) return { ok: false, message: 'The story file could not be read.' };
    // A story that does not parse still goes in: the briefing shows its problems, on the world.
    const parsed = parseStoryText(text);
    const geo = parsed.ok
      ? await storyGeo(parsed.story, new URL('geo/', appBase), fetcher)
      : { tiles: {}, files: {} };
    return fillBriefingTemplate(
      template,
      { id: source.id, title: source.title, text },
      geo,
      source.lang,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `The briefing could not be made: ${reason}` };
  }
}
