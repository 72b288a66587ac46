/**
 * The editor in real Chromium (real IndexedDB): the shipped CSTO story is copied into the
 * library by "Edit a copy", a title changed in the editor is still there after a reload, and
 * no request leaves the page's origin. Screenshots of the editor at three sizes.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, startChromium, waitForMap } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();
const NEW_TITLE = 'Drills on the Tajik–Afghan border, edited';

describe.skipIf(!enabled)('the editor in Chromium', () => {
  it('edits a copy of the CSTO story and keeps the change across a reload', async () => {
    const { page, errors, requests } = await openApp(browser(), '?story=csto-2021');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await page.getByRole('toolbar', { name: 'Editing' }).waitFor();
    expect(await page.evaluate(() => window.location.search)).toMatch(
      /^\?story=local:[a-z0-9]{12}&edit=1/,
    );
    const title = page.getByRole('textbox', { name: 'Story title' });
    await title.fill(NEW_TITLE);
    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    await page.getByRole('toolbar', { name: 'Editing' }).getByText('Saved').waitFor();
    for (const [width, height] of [
      [1920, 1080],
      [1024, 768],
      [360, 740],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `test-results/editor-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Story title' }).inputValue()).toBe(NEW_TITLE);
    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((url) => !/^(data|blob):/.test(url) && !url.startsWith(origin))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
