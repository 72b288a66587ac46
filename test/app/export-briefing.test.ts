import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { makeBriefing } from '../../src/app/export-briefing';
import { BRIEFING_TEMPLATE } from '../../src/briefing/fill-template';
import {
  INLINE_DATA_BLOCK,
  encodeInlineData,
  inlineDataBlock,
  parseInlineDataText,
  readInlineData,
} from '../../src/briefing/inline-data';

const TEMPLATE = `<html><title>${BRIEFING_TEMPLATE.title}</title>${inlineDataBlock(
  encodeInlineData(
    { id: BRIEFING_TEMPLATE.id, text: BRIEFING_TEMPLATE.text },
    { tiles: {}, files: {} },
  ),
)}</html>`;
const BASE = 'https://dateline.example/app/';
const MINI = readFileSync('test/fixtures/mini-story.json', 'utf8');
const EMPTY = '{"type":"FeatureCollection","features":[]}';

/** The app's origin: the template, a story, the tile index with one tile, and the labels. */
function site(story: string) {
  return vi.fn(async (url: string | URL | Request) => {
    const path = String(url).slice(BASE.length);
    if (path === 'briefing-template.html') return new Response(TEMPLATE);
    if (path === 'stories/hosted.json') return new Response(story);
    if (path === 'geo/tiles/index.json') {
      return new Response(
        JSON.stringify({ minzoom: 0, maxzoom: 6, tiles: { '5': ['21/12', '22/12'] } }),
      );
    }
    if (path.startsWith('geo/tiles/')) return new Response(new Uint8Array([7]));
    if (path.endsWith('.geojson')) return new Response(EMPTY);
    return new Response('not found', { status: 404 });
  });
}

describe('making a briefing in the browser', () => {
  it('fills the template with the story file and the basemap around it, all from the app', async () => {
    const fetcher = site(MINI);
    const made = await makeBriefing(
      { id: 'hosted', title: 'Hosted', url: `${BASE}stories/hosted.json` },
      BASE,
      fetcher,
    );
    if (!made.ok) throw new Error(made.message);
    const read = readInlineData(parseInlineDataText(INLINE_DATA_BLOCK.exec(made.html)?.[1]));
    if (!read.ok) throw new Error(read.message);
    expect(read.data.story).toEqual({ id: 'hosted', text: MINI });
    expect(Object.keys(read.data.geo.files).sort()).toEqual(['labels.geojson', 'world.geojson']);
    for (const [url] of fetcher.mock.calls) expect(String(url).startsWith(BASE)).toBe(true);
  });

  it('says so when the build has no template (the development server)', async () => {
    const fetcher = vi.fn(async () => new Response('not found', { status: 404 }));
    const made = await makeBriefing({ id: 'x', title: 'x', text: '{}' }, BASE, fetcher);
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.message).toMatch(/no briefing template.*npm run build/);
  });
});
