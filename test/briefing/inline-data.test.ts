import { describe, expect, it } from 'vitest';
import { BRIEFING_MAX_TILE_ZOOM } from '../../src/briefing/briefing-tiles';
import {
  INLINE_DATA_BLOCK,
  encodeInlineData,
  inlineDataBlock,
  parseInlineDataText,
  readInlineData,
} from '../../src/briefing/inline-data';

const STORY = { id: 'csto-2021', text: '{"format": 1, "title": "</script><script>alert(1)"}' };
const COUNTRIES = { type: 'FeatureCollection', features: [] };

/** What the page reads: the data element's text, taken back out of the page. */
function evaluate(json: string): unknown {
  const block = INLINE_DATA_BLOCK.exec(`<body>${inlineDataBlock(json)}</body>`);
  return parseInlineDataText(block?.[1]);
}

describe('the data a briefing carries', () => {
  it('comes back as written: the story untouched, the basemap parsed', () => {
    const tile = new Uint8Array([0x1f, 0x8b, 0, 255]);
    const source = encodeInlineData(STORY, {
      tiles: { '5/43/24': tile },
      files: { 'world.geojson': JSON.stringify(COUNTRIES) },
    });
    const read = readInlineData(evaluate(source));
    expect(read).toEqual({
      ok: true,
      data: {
        story: STORY,
        geo: {
          tiles: new Map([['5/43/24', tile]]),
          files: { 'world.geojson': COUNTRIES },
          maxZoom: BRIEFING_MAX_TILE_ZOOM,
        },
      },
    });
  });

  it('lets nothing in the story end its element', () => {
    const json = encodeInlineData(STORY, { tiles: {}, files: {} });
    expect(inlineDataBlock(json).match(/<\/script/gi)).toHaveLength(1);
  });

  it('is refused, with a reason, when the story is missing', () => {
    expect(readInlineData({ geo: {} })).toEqual({
      ok: false,
      message: 'The briefing holds no story.',
    });
  });

  it('is refused when a basemap file is not JSON', () => {
    const read = readInlineData({
      story: STORY,
      geo: { tiles: {}, files: { 'world.geojson': '{oops' } },
    });
    expect(read).toEqual({
      ok: false,
      message: "The briefing's basemap file world.geojson is damaged.",
    });
  });

  it('is refused when a tile is not base64', () => {
    const read = readInlineData({ story: STORY, geo: { tiles: { '1/0/0': '@@' }, files: {} } });
    expect(read).toEqual({ ok: false, message: "The briefing's basemap tile 1/0/0 is damaged." });
  });

  it('is refused when a basemap file is JSON but not a FeatureCollection', () => {
    const read = readInlineData({
      story: STORY,
      geo: { tiles: {}, files: { 'world.geojson': '{"type":"Point"}' } },
    });
    expect(read.ok).toBe(false);
  });

  it('is refused when it is not an object at all', () => {
    expect(readInlineData(undefined).ok).toBe(false);
  });
});
