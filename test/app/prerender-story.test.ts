import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prerenderStory } from '../../src/app/prerender-story';
import { inLatinFace } from '../../src/map/latin-glyphs';

const text = readFileSync('public/stories/csto-2021.json', 'utf8');
const story: unknown = JSON.parse(text);
/** The basemap's files as the build reads them. */
const geo = async (file: string): Promise<unknown> =>
  JSON.parse(readFileSync(`public/geo/${file}`, 'utf8'));

/** The markup's text, as a reader without scripts would read it. */
function readable(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#x27;', "'")
    .replace(/\s+/g, ' ');
}

async function rendered(search = '', withGeo = true) {
  const result = await prerenderStory('csto-2021', text, {
    search,
    geo: withGeo ? geo : undefined,
  });
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** The first map's markup: the slot's drawing. */
function firstMap(html: string): string {
  const start = html.search(/class="first-map[ "]/);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</svg>', start));
}

/** How many events of the story have a place to draw. */
function placedEvents(): number {
  if (typeof story !== 'object' || story === null || !('events' in story)) return 0;
  const { events } = story;
  return Array.isArray(events)
    ? events.filter((event: unknown) => typeof event === 'object' && event && 'place' in event)
        .length
    : 0;
}

describe('the prerendered first view', () => {
  it('carries the title, the summary, the dates and every event of the story', async () => {
    const words = readable((await rendered()).html);
    expect(words).toContain(
      'Russia-led drills on the Tajik-Afghan border ahead of Taliban talks in Moscow',
    );
    expect(words).toContain('A Russia-led security bloc began six days of military exercises');
    expect(words).toContain('Events: October 2001 – October 2021');
    expect(words).toContain('19 events');
    expect(words).toContain('Tajikistan refuses to recognise the Taliban government');
  });

  it('draws the map as an empty box rather than waiting for its engine', async () => {
    const { html } = await rendered('', false);
    expect(html).toContain('class="map-placeholder"');
    expect(html).not.toMatch(/class="first-map[ "]/);
    expect(html).not.toContain('<template');
  });

  it('puts a still map with one mark per placed event in the map box', async () => {
    const map = firstMap((await rendered()).html);
    expect(map).toContain('aria-hidden="true"');
    expect(map.match(/<g data-event=/g)?.length).toBe(placedEvents());
  });

  it('sets the still map’s labels the Latin face cannot draw in the system’s font', async () => {
    const labels = [
      ...firstMap((await rendered()).html).matchAll(/<text([^>]*)>([^<]*)<\/text>/g),
    ].map(([, attributes = '', text = '']) => ({
      text,
      system: /font-family="sans-serif"/.test(attributes),
    }));
    // The story's view reaches Turkey and India: İzmir and Sūrat are named on its still map.
    expect(labels.filter((label) => !inLatinFace(label.text)).length).toBeGreaterThan(0);
    for (const label of labels) expect(label.system, label.text).toBe(!inLatinFace(label.text));
  });

  it('draws the timeline’s marks in its slot, with the window placed in percent', async () => {
    const { html } = await rendered();
    const start = html.indexOf('class="first-axis-slot"');
    const axis = html.slice(start, html.indexOf('</svg></div>', start));
    // The axis opens on August to October 2021: eight single days, each in its kind's shape.
    expect(axis.match(/<use /g)?.length).toBe(8);
    expect(axis).toContain('>Aug 2021</text>');
    expect(html).toMatch(/class="timeline-band" style="left:[\d.]+%;width:[\d.]+%/);
  });

  it('declares, in the page’s stylesheet, every kind colour the still timeline uses', async () => {
    const { html, css } = await rendered();
    const start = html.indexOf('class="first-axis-slot"');
    const axis = html.slice(start, html.indexOf('</svg></div>', start));
    const used = [...axis.matchAll(/var\((--kind-[a-z0-9-]+)\)/g)].map(([, name]) => name);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(css).toContain(`${name}:`);
  });

  it('picks, in the page’s stylesheet, the still timeline’s layout for its axis’s width', async () => {
    const { html, css } = await rendered();
    const start = html.indexOf('class="first-axis-slot"');
    const axis = html.slice(start, html.indexOf('</svg></div>', start));
    const layouts = new Set(axis.match(/first-axis__w\d+/g));
    // Months at 360 px, ten-day and five-day ticks wider: several layouts, each with its rule.
    expect(layouts.size).toBeGreaterThan(2);
    for (const layout of layouts) expect(css).toContain(`.${layout}`);
    expect(css.match(/@container first-axis /g)?.length).toBe(layouts.size - 1);
    // The ten-day ticks' labels are in the page, for a wide axis.
    expect(axis).toContain('>11 Aug</text>');
  });

  it('says on the still map that the interactive map is loading', async () => {
    const { html } = await rendered();
    expect(readable(html)).toContain('Loading the interactive map…');
  });

  it('renders the embed layout for an embed link, with its map', async () => {
    const { html } = await rendered('?mode=embed');
    expect(html).toContain('class="embed');
    expect(firstMap(html).match(/<g data-event=/g)?.length).toBe(placedEvents());
  });

  it('renders the presentation for a present link, with the first step', async () => {
    const { html } = await rendered('?mode=present');
    expect(html).toContain('class="present');
    expect(firstMap(html)).toContain('<g data-event=');
  });

  it('writes the kind colours as a stylesheet, since the page allows no inline style', async () => {
    const { css } = await rendered();
    expect(css).toMatch(/^:root\{.*--kind-exercise:#D55E00;.*\}/);
  });

  it('says what is wrong with a story that does not parse', async () => {
    const result = await prerenderStory('broken', '{"title": 3}');
    expect(result.ok).toBe(false);
  });
});
