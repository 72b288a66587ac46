/**
 * The Persian interface is drawn in the Vazirmatn that ships with the app, loaded before its
 * first render; a page without Arabic script never fetches it (src/app/persian-font.css).
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, startChromium, waitForMap } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();
const DESKTOP = { width: 1024, height: 768 };
const VAZIRMATN_FILE = /vazirmatn-[\w-]+\.woff2$/;

describe.skipIf(!enabled)('the Persian font', () => {
  it('draws the Persian interface in Vazirmatn, from the first render', async () => {
    const { page, requests, errors } = await openApp(browser(), '?lang=fa', DESKTOP);
    // A language other than the prerendered view's drops that view at once, before the app's
    // first render: wait for the app's own title.
    await page.locator('#root h1').waitFor();
    // The header's first Persian words are in the font as they are first laid out: the face is
    // loaded by then, not swapped in later.
    const loaded = await page.evaluate(() =>
      Array.from(document.fonts)
        .filter((face) => face.family.replaceAll(/["']/g, '') === 'Vazirmatn')
        .map((face) => face.status),
    );
    expect(loaded).toEqual(['loaded']);
    expect(await page.evaluate(() => document.fonts.check("600 14px 'Vazirmatn'", 'ارائه'))).toBe(
      true,
    );
    const own = requests.filter((url) => VAZIRMATN_FILE.test(url));
    expect(own).toHaveLength(1);
    expect(own.every((url) => url.startsWith(baseUrl()))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const path of ['', 'embed.html?mode=embed', 'present.html?mode=present']) {
    it(`fetches no Vazirmatn file for an English page (${path.split('?')[0] || 'index.html'})`, async () => {
      const { page, requests } = await openApp(browser(), path, DESKTOP);
      await waitForMap(page);
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      expect(requests.filter((url) => /vazirmatn/i.test(url))).toEqual([]);
      await page.close();
    });
  }
});
