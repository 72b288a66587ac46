/**
 * The built app in real Chromium: the default story, selection, scrubbing, permalinks,
 * narrow screens, and bad stories. Screenshots go to test-results/.
 */
import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  currentQuery,
  eventButtons,
  eventsList,
  openApp,
  waitForMap,
  startChromium,
} from './driver';
import { middleOfMap } from './map-pixels';

const enabled = baseUrl() !== '';
const browser = startChromium();

describe.skipIf(!enabled)('the default story in Chromium', () => {
  it('shows the title, the events list and the map without leaving the origin', async () => {
    const { page, requests, errors } = await openApp(browser());
    await expect.poll(() => eventButtons(page).count(), { timeout: 30_000 }).toBeGreaterThan(10);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/Russia/i);
    await waitForMap(page);
    const origin = new URL(baseUrl()).origin;
    expect(
      requests.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'test-results/default-1280.png' });
    await page.close();
  });

  it('draws the markers in the window from the first tiles, their images all there', async () => {
    // A view and a one-day window given by the link: the markers are laid out by the first
    // tiles, which once came before the map could draw their images, leaving them blank.
    const { page, errors } = await openApp(
      browser(),
      '?view=69,38,6&from=2021-10-18&to=2021-10-18',
      { width: 1024, height: 768 },
    );
    await waitForMap(page);
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    // The diplomacy kind's purple diamond at Dushanbe, near the middle of the map.
    const pixels = await middleOfMap(page, 240);
    let purple = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r = 0, g = 0, b = 0] = pixels.slice(i, i + 3);
      if (Math.abs(r - 0xa0) + Math.abs(g - 0x46) + Math.abs(b - 0x7a) < 40) purple += 1;
    }
    expect(purple).toBeGreaterThan(20);
    await page.close();
  });

  it('selects an event from the list and shows its verbatim excerpt', async () => {
    const { page } = await openApp(browser());
    await expect.poll(() => eventButtons(page).count(), { timeout: 30_000 }).toBeGreaterThan(10);
    const first = eventButtons(page).first();
    const title =
      (await first.getAttribute('aria-label')) ?? (await first.innerText()).split('\n')[0];
    await first.click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: title ?? '' }).count())
      .toBeGreaterThan(0);
    await expect.poll(() => first.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.locator('blockquote').count()).toBeGreaterThan(0);
    await expect.poll(() => currentQuery(page), { timeout: 5_000 }).toMatch(/event=/);
    await waitForMap(page);
    await page.screenshot({ path: 'test-results/selected-1280.png' });
    await page.close();
  });

  it('scrubs the time window from the keyboard and filters the list', async () => {
    const { page } = await openApp(browser());
    await expect.poll(() => eventButtons(page).count(), { timeout: 30_000 }).toBeGreaterThan(10);
    const before = await eventButtons(page).count();
    const end = page.getByRole('slider').last();
    const valueBefore = await end.getAttribute('aria-valuetext');
    await end.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => end.getAttribute('aria-valuetext')).not.toBe(valueBefore);
    expect(await end.getAttribute('aria-valuetext')).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
    await expect.poll(() => eventButtons(page).count()).toBeLessThan(before);
    await expect.poll(() => currentQuery(page), { timeout: 5_000 }).toMatch(/to=\d{4}-\d{2}-\d{2}/);
    await page.screenshot({ path: 'test-results/scrubbed-1280.png' });
    await page.close();
  });

  it('opens a permalink at the exact event and window it names', async () => {
    const query = '?event=csto-exercises&from=2021-10-01&to=2021-10-31';
    const { page } = await openApp(browser(), query);
    await expect
      .poll(() => eventsList(page).getByRole('button', { pressed: undefined }).count(), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await expect.poll(() => page.locator('[aria-current="true"]').count()).toBe(1);
    const sliders = page.getByRole('slider');
    await expect
      .poll(() => sliders.first().getAttribute('aria-valuetext'))
      .toMatch(/1 October 2021/);
    await expect
      .poll(() => sliders.last().getAttribute('aria-valuetext'))
      .toMatch(/31 October 2021/);
    await page.close();
  });

  it('fits a 360 px phone with no sideways scroll', async () => {
    const { page } = await openApp(browser(), '', { width: 360, height: 740 });
    await expect.poll(() => eventButtons(page).count(), { timeout: 30_000 }).toBeGreaterThan(10);
    await waitForMap(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/default-360.png', fullPage: true });
    await page.close();
  });

  it('reaches and selects an event with the keyboard alone', async () => {
    const { page } = await openApp(browser());
    await expect.poll(() => eventButtons(page).count(), { timeout: 30_000 }).toBeGreaterThan(10);
    let focusedInList = false;
    for (let i = 0; i < 60 && !focusedInList; i += 1) {
      await page.keyboard.press('Tab');
      focusedInList = await page.evaluate(
        () =>
          document.activeElement?.closest('[aria-label="Events"]') !== null &&
          document.activeElement?.tagName === 'BUTTON',
      );
    }
    expect(focusedInList).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[aria-label="Events"] [aria-current="true"]').count())
      .toBe(1);
    await page.close();
  });
});

describe.skipIf(!enabled)('bad stories in Chromium', () => {
  it('says clearly that a file is not JSON', async () => {
    const { page } = await openApp(browser(), '?story=test-stories/broken.json');
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 })
      .toMatch(/not valid JSON/);
    await page.screenshot({ path: 'test-results/broken-story.png' });
    await page.close();
  });

  it('leaves out invalid events, says where, and shows the rest', async () => {
    const { page } = await openApp(browser(), '?story=test-stories/partly-bad.json');
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 })
      .toMatch(/events\[1\]\.time\.start/);
    await expect.poll(() => eventButtons(page).count()).toBe(1);
    await page.close();
  });

  it('shows a hostile story as text and runs none of it', async () => {
    const { page, dialogs } = await openApp(browser(), '?story=test-stories/hostile.json');
    await expect.poll(() => eventButtons(page).count(), { timeout: 30_000 }).toBe(1);
    await eventButtons(page).first().click();
    await expect
      .poll(() => page.locator('blockquote').first().textContent())
      .toContain('<img src=x onerror=alert(1)>');
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.close();
  });

  it('refuses a story on another origin', async () => {
    const { page, requests } = await openApp(browser(), '?story=https://evil.example/story.json');
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 30_000 })
      .toMatch(/story/);
    expect(requests.some((url) => new URL(url).hostname === 'evil.example')).toBe(false);
    await page.close();
  });
});
