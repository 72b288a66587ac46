/**
 * A story of 100,000 events (generated here, under the 30 MB limit) in real Chromium: it opens
 * with its marks on the map, scrubs from the keyboard (the GPU marks follow the window), and an
 * event chosen in the list is the one the map's pointer finds at its place.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/generate-story.mjs';
import { baseUrl, eventButtons, openApp, startChromium, waitForMap } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();
const DIST = process.env.DATELINE_DIST ?? 'dist';
const STORY = 'test-stories/generated-100000.json';

describe.skipIf(!enabled)('a story of 100,000 events in Chromium', () => {
  beforeAll(() => {
    mkdirSync(`${DIST}/test-stories`, { recursive: true });
    writeFileSync(`${DIST}/${STORY}`, JSON.stringify(generateStory(100_000)));
  });

  it('opens, scrubs by keyboard, and selects an event the map then points at', async () => {
    const { page, errors } = await openApp(browser(), `?story=${STORY}`, {
      width: 1024,
      height: 768,
    });
    await waitForMap(page);
    const summary = page.getByText(/of 100,?000 events/);
    await expect.poll(() => summary.innerText()).toMatch(/100,?000 of 100,?000 events/);

    const end = page.getByRole('slider').last();
    await end.focus();
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('PageDown');
    await expect.poll(() => summary.innerText()).not.toMatch(/100,?000 of/);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('dateline:scrub').length))
      .toBeGreaterThan(0);

    const first = eventButtons(page).first();
    const title = (await first.innerText()).split('\n')[0] ?? '';
    await first.click();
    await expect.poll(() => page.evaluate(() => window.location.search)).toMatch(/event=/);
    // The map flies to the selected event; its mark then sits in the middle of the map.
    await page.waitForTimeout(2000);
    const map = page.getByRole('region', { name: 'Map of events' });
    const box = await map.boundingBox();
    if (!box) throw new Error('the map has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('.map-tooltip__title').innerText()).toBe(title);
    await page.screenshot({ path: 'test-results/large-story-1024.png' });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
