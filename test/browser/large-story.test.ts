/**
 * A story of 100,000 events (generated here, under the 30 MB limit) in real Chromium: it opens
 * with its marks on the map, scrubs from the keyboard (the GPU marks follow the window), selects
 * from the list, and the map's pointer finds, names and selects the marks the GPU drew. The list
 * is windowed and walks by keyboard, the timeline draws its density strip, and the JS heap stays
 * under 150 MB with room to spare.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axisGeometry } from '../../src/timeline/axis-geometry';
import { baseUrl, eventButtons, eventsList, startChromium } from './driver';
import {
  clickAndExpectSelected,
  narrowByKeyboard,
  openLargeStory,
  writeLargeStory,
} from './large-story-setup';
import { pointAtMark, settled } from './map-pointer';

const enabled = baseUrl() !== '';
const browser = startChromium();
const STORY = 'test-stories/generated-100000.json';
/** The JS heap must stay under 150 MB (issue 8); this leaves room for the next feature. */
const HEAP_LIMIT_MB = 140;

/** The main thread's live JS heap after a full garbage collection, in MB. */
async function liveHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

/** Pixels of the timeline canvas's density strip (a 100,000-event story has 8 range lanes). */
async function stripPixels(page: Page): Promise<number> {
  const strip = axisGeometry(8, true);
  return page.locator('.timeline-canvas').evaluate(
    (canvas, { top, height }) => {
      if (!(canvas instanceof HTMLCanvasElement)) return 0;
      const ratio = window.devicePixelRatio || 1;
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      const y = Math.round((top + height / 2) * ratio);
      const { data } = ctx.getImageData(0, y, canvas.width, 1);
      let inked = 0;
      for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) inked += 1;
      return inked;
    },
    { top: strip.histogramTop, height: strip.histogramHeight },
  );
}

describe.skipIf(!enabled)('a story of 100,000 events in Chromium', () => {
  beforeAll(() => writeLargeStory(STORY));

  it('opens under the heap limit, draws its density, walks the windowed list and points at the event selected from it', async () => {
    const { page, errors } = await openLargeStory(browser(), STORY);
    const loaded = await liveHeapMb(page);
    console.log(`100,000 events: JS heap after load ${loaded.toFixed(1)} MB`);
    expect(loaded).toBeLessThan(HEAP_LIMIT_MB);

    // The density strip: bars across its middle row, and a sentence naming the busiest bucket.
    expect(await stripPixels(page)).toBeGreaterThan(100);
    await expect
      .poll(() =>
        page
          .getByText(
            /^Events per (day|week|month|year) on the timeline; busiest: .+, [\d,]+ events$/,
          )
          .count(),
      )
      .toBe(1);

    await narrowByKeyboard(page);

    const scrubbed = await liveHeapMb(page);
    console.log(`100,000 events: JS heap after scrubbing ${scrubbed.toFixed(1)} MB`);
    expect(scrubbed).toBeLessThan(HEAP_LIMIT_MB);

    // The list is windowed: a screenful of rows in the DOM, each with its place in the whole,
    // and the keyboard walks to the last row and back.
    const rows = eventsList(page).getByRole('listitem');
    expect(await rows.count()).toBeLessThan(60);
    const shown = Number(await rows.first().getAttribute('aria-setsize'));
    expect(shown).toBeGreaterThan(1000);
    expect(shown).toBeLessThan(100_000);
    await eventButtons(page).first().focus();
    await page.keyboard.press('End');
    const last = page.locator('li:has(> span > button:focus)');
    await expect.poll(() => last.getAttribute('aria-posinset')).toBe(String(shown));
    await page.keyboard.press('PageUp');
    const paged = Number(await last.getAttribute('aria-posinset'));
    expect(paged).toBeLessThan(shown);
    expect(paged).toBeGreaterThan(shown - 30);
    await page.keyboard.press('Home');
    await expect.poll(() => last.getAttribute('aria-posinset')).toBe('1');
    expect(await rows.count()).toBeLessThan(60);

    await eventButtons(page).first().click();
    await expect
      .poll(() => page.evaluate(() => window.location.search), { timeout: 15_000 })
      .toMatch(/event=/);
    // The map flies to the selected event, drawn above the clusters around it (there, every mark
    // shares its cell with others). The pointer walks over the middle of the map, 16 px apart
    // (closer than a mark's reach), until it meets the one mark drawn on its own, the selected
    // one: the tooltip names it, and a click through the tooltip keeps it selected.
    const selected = await page.locator('#details-title').innerText({ timeout: 45_000 });
    await settled(page);
    const hovered = await pointAtMark(page, { spacing: 16, columns: 12, rows: 12 });
    expect(hovered).toBe(selected);
    await clickAndExpectSelected(page, hovered);
    await page.screenshot({ path: 'test-results/large-story-1024.png' });
    expect(errors).toEqual([]);
    await page.close();
  }, 480_000);
});
