import { describe, expect, it } from 'vitest';
import { encodeInlineData, readInlineData } from '../../src/briefing/inline-data';

const STORY = { id: 'csto-2021', text: '{"format": 1, "title": "</script><script>alert(1)"}' };
const COUNTRIES = { type: 'FeatureCollection', features: [] };

/** What the page receives: the module's default export, as the bundler evaluates it. */
function evaluate(source: string): unknown {
  const prefix = 'export default ';
  expect(source.startsWith(prefix)).toBe(true);
  return JSON.parse(source.slice(prefix.length).trim().replace(/;$/, ''));
}

describe('the data a briefing carries', () => {
  it('comes back as written: the story untouched, the basemap parsed', () => {
    const source = encodeInlineData(STORY, { 'countries.geojson': JSON.stringify(COUNTRIES) });
    const read = readInlineData(evaluate(source));
    expect(read).toEqual({
      ok: true,
      data: { story: STORY, geo: { 'countries.geojson': COUNTRIES } },
    });
  });

  it('is refused, with a reason, when the story is missing', () => {
    expect(readInlineData({ geo: {} })).toEqual({
      ok: false,
      message: 'The briefing holds no story.',
    });
  });

  it('is refused when a basemap file is not JSON', () => {
    const read = readInlineData({ story: STORY, geo: { 'water.geojson': '{oops' } });
    expect(read).toEqual({
      ok: false,
      message: "The briefing's basemap file water.geojson is damaged.",
    });
  });

  it('is refused when a basemap file is JSON but not a FeatureCollection', () => {
    const read = readInlineData({ story: STORY, geo: { 'water.geojson': '{"type":"Point"}' } });
    expect(read.ok).toBe(false);
  });

  it('is refused when it is not an object at all', () => {
    expect(readInlineData(undefined).ok).toBe(false);
  });
});
