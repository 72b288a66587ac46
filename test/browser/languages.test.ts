/**
 * The interface in Russian and Persian in real Chromium: the page's language and direction, a
 * mirrored layout for Persian that still fits a phone, and a timeline that runs left to right in
 * both. Screenshots go to test-results/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, startChromium, waitForMap } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** The window's start and end sliders, named in the interface's language. */
const SLIDERS = {
  ru: { start: 'Начало окна', end: 'Конец окна' },
  fa: { start: 'آغاز پنجره', end: 'پایان پنجره' },
} as const;

async function sliderX(page: Page, name: string): Promise<number> {
  const box = await page.getByRole('slider', { name, exact: true }).boundingBox();
  if (!box) throw new Error(`no slider named ${name}`);
  return box.x;
}

describe.skipIf(!enabled)('the interface in Russian and Persian', () => {
  for (const [lang, dir] of [
    ['ru', 'ltr'],
    ['fa', 'rtl'],
  ] as const) {
    it(`sets lang=${lang} and dir=${dir} on the page`, async () => {
      const { page } = await openApp(browser(), `?lang=${lang}`, DESKTOP);
      await waitForMap(page);
      const html = await page.evaluate(() => [document.documentElement.lang, document.dir]);
      expect(html).toEqual([lang, dir]);
      await page.close();
    });

    it(`fits a 360 px phone without sideways scrolling in ${lang}`, async () => {
      const { page } = await openApp(browser(), `?lang=${lang}`, PHONE);
      await waitForMap(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/languages-${lang}-360.png` });
      await page.close();
    });

    it(`keeps the timeline running left to right in ${lang}`, async () => {
      const { page, errors } = await openApp(browser(), `?lang=${lang}`, DESKTOP);
      await waitForMap(page);
      const names = SLIDERS[lang];
      expect(await sliderX(page, names.start)).toBeLessThan(await sliderX(page, names.end));
      // The left arrow moves the window's end earlier, as in English: keys follow the axis.
      const end = page.getByRole('slider', { name: names.end, exact: true });
      const before = Number(await end.getAttribute('aria-valuenow'));
      await end.focus();
      await page.keyboard.press('ArrowLeft');
      await expect
        .poll(async () => Number(await end.getAttribute('aria-valuenow')))
        .toBeLessThan(before);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('mirrors the layout in Persian: the side panel moves to the left', async () => {
    const { page } = await openApp(browser(), '?lang=fa&event=csto-exercises', DESKTOP);
    await waitForMap(page);
    const [side, stage] = await Promise.all(
      ['.app__side', '.app__stage'].map((selector) => page.locator(selector).boundingBox()),
    );
    expect(side?.x ?? 0).toBeLessThan(stage?.x ?? 0);
    await page.screenshot({ path: 'test-results/languages-fa-1280.png' });
    await page.close();
  });
});
