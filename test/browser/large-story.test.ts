/**
 * A story of 100,000 events (generated here, under the 30 MB limit) in real Chromium: it opens
 * with its marks on the map, scrubs from the keyboard (the GPU marks follow the window), selects
 * from the list, and the map's pointer finds, names and selects the marks the GPU drew.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/generate-story.mjs';
import { baseUrl, eventButtons, openApp, startChromium } from './driver';

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
    // Parsing and checking 100,000 events takes 15–30 s on a busy two-core machine.
    await page.waitForFunction(
      () => performance.getEntriesByName('dateline:map-ready').length > 0,
      null,
      { timeout: 120_000 },
    );
    const end = page.getByRole('slider').last();
    await end.focus();
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('PageDown');
    // The list says how many of the story's events the narrowed window holds.
    await expect
      .poll(() => page.getByText(/[\d,]+ of 100,000 events in the time window/).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('dateline:scrub').length), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);

    await eventButtons(page).first().click();
    await expect
      .poll(() => page.evaluate(() => window.location.search), { timeout: 15_000 })
      .toMatch(/event=/);
    // The map flies to the selected event; then the pointer, in the middle of the map, is over
    // marks the GPU drew: the tooltip names one, and a click selects that one.
    await page.waitForTimeout(2000);
    const map = page.getByRole('region', { name: 'Map of events' });
    const box = await map.boundingBox();
    if (!box) throw new Error('the map has no box');
    const tooltip = page.locator('.map-tooltip__title');
    let hovered = '';
    for (let step = 0; step < 40 && hovered === ''; step += 1) {
      // Walk the pointer along a short line until it meets a mark.
      await page.mouse.move(box.x + box.width / 2 + step * 3, box.y + box.height / 2);
      hovered = (await tooltip.count()) > 0 ? await tooltip.innerText() : '';
    }
    expect(hovered).toMatch(/^Event \d+$/);
    await page.mouse.down();
    await page.mouse.up();
    await expect
      .poll(() => page.getByRole('heading', { name: hovered, exact: true }).count(), {
        // Selecting among 100,000 events re-renders the list's page: slow on a busy machine.
        timeout: 45_000,
      })
      .toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/large-story-1024.png' });
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
