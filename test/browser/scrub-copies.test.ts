/**
 * The shipped CSTO story's map in Chromium: its marks follow the time window by feature state
 * (a small story's layers, not the GPU marks), and a step that shows or hides an event draws the
 * basemap and its labels from copies (frame-copies/basemap-snapshot.ts) that look as the map
 * drawn in full. The 100,000-event story's GPU marks are held to the same in
 * large-story-map.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, eventButtons, openApp, startChromium, waitForMap } from './driver';
import { drawInFull, expectDrawnFromCopies, scrubStep } from './frame-copies';
import { settled } from './map-pointer';
import { countGlCalls, glCounts } from './map-pixels';

const enabled = baseUrl() !== '';
const browser = startChromium();

describe.skipIf(!enabled)('scrub steps of the CSTO story in Chromium', () => {
  it('draws a step’s basemap and labels from copies, as the map drawn in full', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 1024, height: 768 });
    await waitForMap(page);
    await settled(page);
    const end = page.getByRole('slider').last();
    await end.focus();
    const step = (key: string) => scrubStep(page, end, key);
    // Day by day back to where a step hides an event: a step back and forth then hides and
    // shows it, so each step's frame is one that changes the marks.
    const all = await eventButtons(page).count();
    for (let day = 0; day < 60 && (await eventButtons(page).count()) === all; day += 1)
      await step('ArrowLeft');
    expect(await eventButtons(page).count()).not.toBe(all);

    await countGlCalls(page);
    // The first step's frame copies the basemap and labels, the next ones draw the copies.
    await drawInFull(page);
    await glCounts(page);
    await step('ArrowRight');
    const first = await glCounts(page);
    await step('ArrowLeft');
    await step('ArrowRight');
    const copied = await glCounts(page);
    expect(await eventButtons(page).count()).toBe(all);
    await expectDrawnFromCopies(page, first, copied);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
