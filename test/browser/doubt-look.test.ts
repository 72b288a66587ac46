/**
 * A point's circle of doubt looks the same whichever draws it: MapLibre's layers in a story of
 * MANY_EVENTS events, the GPU marks in a story of one event more. The two stories differ only in
 * an unplaced event, so the map opens on the same view; the middle of the map (the circle, its
 * rim and the marker at its centre) must match but for the odd pixel of the rim, where the exact
 * polygon is a geodesic circle and the GPU's a circle in the map's projection.
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

/** The mini story's Dushanbe event with 80 km of doubt, and `count - 1` unplaced events. */
function doubtStory(count: number): unknown {
  const { mini, first } = readMiniStory();
  const { event: unplaced, place } = first;
  const doubtful = { ...unplaced, id: 'doubt', place: { ...place, uncertaintyKm: 80 } };
  const rest = Array.from({ length: count - 1 }, (_, i) => ({ ...unplaced, id: `unplaced-${i}` }));
  return { ...mini, id: `doubt-${count}`, events: [doubtful, ...rest] };
}

/** The map's middle 320 px square once the story's map has drawn and settled. */
async function drawnDoubt(count: number): Promise<number[]> {
  const path = `test-stories/doubt-${count}.json`;
  const { page, errors } = await openApp(browser(), `?story=${path}`, {
    width: 1024,
    height: 768,
  });
  await waitForMap(page);
  await settled(page);
  const pixels = await middleOfMap(page, 320);
  expect(errors).toEqual([]);
  await page.close();
  return pixels;
}

describe.skipIf(!enabled)('a circle of doubt in Chromium', () => {
  beforeAll(() => {
    mkdirSync(`${DIST}/test-stories`, { recursive: true });
    for (const count of [MANY_EVENTS, MANY_EVENTS + 1])
      writeFileSync(`${DIST}/test-stories/doubt-${count}.json`, JSON.stringify(doubtStory(count)));
  });

  it('looks the same drawn by MapLibre and on the GPU', async () => {
    const byLayers = await drawnDoubt(MANY_EVENTS);
    const onGpu = await drawnDoubt(MANY_EVENTS + 1);
    expect(onGpu.length).toBe(byLayers.length);
    expect(byLayers.length).toBeGreaterThan(0);
    const { apart, mean } = bestMatch(byLayers, onGpu);
    // The fill (its opacity by the area's size) shows in the mean, the rim in the pixels apart.
    expect(mean).toBeLessThan(1);
    expect(apart / (byLayers.length / 4)).toBeLessThan(0.01);
  });
});
