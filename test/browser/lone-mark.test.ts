/**
 * The one mark a time window leaves in a cluster's cell is drawn as that mark, as if it were
 * alone there. On the GPU (a story of more than MANY_EVENTS events) the marks that share a cell
 * are never drawn one by one zoomed out: their cluster finds its one shown mark and draws it
 * (time-marks/mark-shaders.ts). Two stories differ in one event 30 km from Dushanbe, placed in
 * one (so the Dushanbe event shares its cell) and unplaced in the other; both open on the same
 * zoomed-out view between two far events. With a window over both Dushanbe events, the first
 * draws a cluster's disc where the second draws one marker; with a window over the Dushanbe
 * event alone, both draw the same marker and its guess's dashed ring.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MANY_EVENTS } from '../../src/map/event-features';
import { baseUrl, openApp, startChromium, waitForMap } from './driver';
import { bestMatch, middleOfMap } from './map-pixels';
import { readMiniStory } from './mini-story';
import { settled } from './map-pointer';

const enabled = baseUrl() !== '';
const browser = startChromium();
const DIST = process.env.DATELINE_DIST ?? 'dist';

/**
 * The Dushanbe event (a guess, 3 March 2021), a second one 30 km away on 10 June (placed when
 * `crowded`), two far events over the whole year that set the view, and unplaced events up to
 * one more than MANY_EVENTS, so the GPU draws the marks.
 */
function loneStory(crowded: boolean): unknown {
  const { mini, first } = readMiniStory();
  const { event: unplaced, place } = first;
  const at = (id: string, lon: number, start: string, end?: string) => ({
    ...unplaced,
    id,
    time: { start, ...(end ? { end } : {}), precision: 'day' },
    place: { ...place, geometry: { type: 'Point', coordinates: [lon, 38.56] } },
  });
  const dushanbe = {
    ...at('dushanbe', 68.78, '2021-03-03'),
    review: { status: 'guess', reasons: [] },
  };
  // 30 km east: not in Dushanbe's stack (marker-stacks.ts), in its cell zoomed out.
  const neighbour = at('neighbour', 69.13, '2021-06-10');
  const placed = [
    dushanbe,
    crowded ? neighbour : { ...unplaced, id: 'neighbour' },
    at('west', 18.78, '2021-01-01', '2021-12-31'),
    at('east', 118.78, '2021-01-01', '2021-12-31'),
  ];
  const rest = Array.from({ length: MANY_EVENTS + 1 - placed.length }, (_, i) => ({
    ...unplaced,
    id: `unplaced-${i}`,
  }));
  return { ...mini, id: `lone-${crowded ? 'crowded' : 'alone'}`, events: [...placed, ...rest] };
}

/** The map's middle 120 px square once the story's map has drawn in `window` and settled. */
async function drawn(crowded: boolean, window: string): Promise<number[]> {
  const path = `test-stories/lone-${crowded ? 'crowded' : 'alone'}.json`;
  const { page, errors } = await openApp(browser(), `?story=${path}&${window}`, {
    width: 1024,
    height: 768,
  });
  await waitForMap(page);
  await settled(page);
  const pixels = await middleOfMap(page, 120);
  const name = `${crowded ? 'crowded' : 'alone'}-${window.replace(/[^\d]+/g, '')}`;
  await page.screenshot({ path: `test-results/lone-mark-${name}.png` });
  expect(errors).toEqual([]);
  await page.close();
  return pixels;
}

describe.skipIf(!enabled)('the one mark a window leaves in a cluster in Chromium', () => {
  beforeAll(() => {
    mkdirSync(`${DIST}/test-stories`, { recursive: true });
    for (const crowded of [true, false]) {
      const name = `lone-${crowded ? 'crowded' : 'alone'}`;
      writeFileSync(`${DIST}/test-stories/${name}.json`, JSON.stringify(loneStory(crowded)));
    }
  });

  it('is drawn as the mark itself, with its guess ring, where both marks make a disc', async () => {
    const both = 'from=2021-03-01&to=2021-06-30';
    const crowdedBoth = await drawn(true, both);
    const aloneBoth = await drawn(false, both);
    expect(crowdedBoth.length).toBeGreaterThan(0);
    expect(crowdedBoth.length).toBe(aloneBoth.length);
    // A disc with a count against a marker: the two events do share a cell at this view.
    expect(bestMatch(crowdedBoth, aloneBoth).apart).toBeGreaterThan(150);

    const one = 'from=2021-03-01&to=2021-03-31';
    const crowdedOne = await drawn(true, one);
    const aloneOne = await drawn(false, one);
    // Something is drawn there: the middle is not the bare basemap of a window without it.
    const bare = await drawn(false, 'from=2021-04-01&to=2021-04-30');
    expect(bestMatch(aloneOne, bare).apart).toBeGreaterThan(150);
    const same = bestMatch(crowdedOne, aloneOne);
    expect(same.mean).toBeLessThan(1);
    expect(same.apart).toBeLessThan(30);
  }, 240_000);
});
