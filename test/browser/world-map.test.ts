/**
 * A story anywhere on Earth, in the built app: a story in Fiji opens framed on its events across
 * the antimeridian, on the offline world basemap, with nothing read off the origin.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, currentQuery, openApp, startChromium, waitForMap } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();

describe.skipIf(!enabled)('the world basemap in Chromium', () => {
  it('opens a Fiji story framed on its events across the antimeridian', async () => {
    const { page, requests, errors } = await openApp(browser(), '?story=test-stories/fiji.json');
    await waitForMap(page);
    // The opening view is in the link from the first frame on.
    await expect.poll(() => currentQuery(page), { timeout: 10_000 }).toMatch(/view=/);
    const view = new URLSearchParams(await currentQuery(page)).get('view') ?? '';
    const [lon = 0, lat = 0, zoom = 0] = view.split(',').map(Number);
    expect(Math.abs(lon)).toBeGreaterThan(178);
    expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    expect(lat).toBeCloseTo(-17.5, 0);
    expect(zoom).toBeGreaterThan(5);
    // Every event is on screen: no edge marker points away from the view.
    expect(await page.getByRole('button', { name: /off the map to the/ }).count()).toBe(0);
    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((url) => !/^(data|blob):/.test(url) && !url.startsWith(origin))).toEqual(
      [],
    );
    expect(requests.some((url) => url.includes('/geo/tiles/'))).toBe(true);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'test-results/fiji-1280.png' });
    await page.close();
  });
});
