import { describe, expect, it } from 'vitest';
import { BRIEFING_TEMPLATE, fillBriefingTemplate } from '../../src/briefing/fill-template';
import {
  INLINE_DATA_BLOCK,
  encodeInlineData,
  inlineDataBlock,
  parseInlineDataText,
  readInlineData,
} from '../../src/briefing/inline-data';

const WORLD_TILE = new Uint8Array([1, 2, 3]);
const TEMPLATE = [
  `<title>${BRIEFING_TEMPLATE.title} · Dateline</title>`,
  '<script type="module">run()</script>',
  inlineDataBlock(
    encodeInlineData(
      { id: BRIEFING_TEMPLATE.id, text: BRIEFING_TEMPLATE.text },
      { tiles: { '0/0/0': WORLD_TILE }, files: {} },
    ),
  ),
].join('\n');
const NO_GEO = { tiles: {}, files: {} };

/** The data as the briefing page will read it. */
function pageData(html: string) {
  const read = readInlineData(parseInlineDataText(INLINE_DATA_BLOCK.exec(html)?.[1]));
  if (!read.ok) throw new Error(read.message);
  return read.data;
}

describe('filling the briefing template', () => {
  it('puts the story text in as the page reads it back exactly', () => {
    const text = '{"title":"Quake","events":[]}';
    const filled = fillBriefingTemplate(TEMPLATE, { id: 'quake', title: 'Quake', text }, NO_GEO);
    if (!filled.ok) throw new Error(filled.message);
    expect(pageData(filled.html).story).toEqual({ id: 'quake', text });
  });

  it('keeps the world tiles, adds the story tiles and files, and leaves the code as it was', () => {
    const tile = new Uint8Array([0x1f, 0x8b, 9]);
    const world = '{"type":"FeatureCollection","features":[]}';
    const filled = fillBriefingTemplate(
      TEMPLATE,
      { id: 'x', title: 'x', text: '{}' },
      { tiles: { '5/20/10': tile }, files: { 'world.geojson': world } },
    );
    if (!filled.ok) throw new Error(filled.message);
    const { geo } = pageData(filled.html);
    expect(geo.tiles).toEqual(
      new Map([
        ['0/0/0', WORLD_TILE],
        ['5/20/10', tile],
      ]),
    );
    expect(geo.files).toEqual({ 'world.geojson': JSON.parse(world) });
    expect(filled.html).toContain('<script type="module">run()</script>');
  });

  it('lets nothing in the story end the data element', () => {
    const text = '{"title":"</script><script>alert(1)</script><!--"}';
    const filled = fillBriefingTemplate(TEMPLATE, { id: 'x', title: 'x', text }, NO_GEO);
    if (!filled.ok) throw new Error(filled.message);
    expect(filled.html.match(/<\/script>/g)).toHaveLength(2);
    expect(filled.html).not.toMatch(/<!--/);
    expect(pageData(filled.html).story.text).toBe(text);
  });

  it('escapes the title in the page and takes $ patterns as text', () => {
    const story = { id: 'x', title: 'A <b>&</b> $&', text: '$&' };
    const filled = fillBriefingTemplate(TEMPLATE, story, NO_GEO);
    if (!filled.ok) throw new Error(filled.message);
    expect(filled.html).toContain(
      '<title>A &#60;b&#62;&#38;&#60;/b&#62; $&#38; · Dateline</title>',
    );
    expect(pageData(filled.html).story.text).toBe('$&');
  });

  it('refuses a template without its placeholders', () => {
    const story = { id: 'x', title: 'x', text: '{}' };
    expect(fillBriefingTemplate('<html></html>', story, NO_GEO).ok).toBe(false);
  });
});
