/**
 * The story header on a phone: its actions keep one row (Present and a More menu, not four
 * buttons on three rows), and the menu opens on screen in left-to-right and right-to-left pages.
 * axe-core finds nothing wrong with the open menu, in every look.
 */
import { describe, expect, it } from 'vitest';
import { checkState, LOOKS } from './axe-run';
import { baseUrl, openApp, startChromium, waitForMap } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();
const PHONE = { width: 360, height: 740 };

describe.skipIf(!enabled)('the story header on a phone', () => {
  it('keeps its actions on one row at 360 px', async () => {
    const { page, errors } = await openApp(browser(), '', PHONE);
    const present = page.getByRole('link', { name: 'Present' });
    const more = page.getByRole('button', { name: 'More actions' });
    await more.waitFor();
    const [a, b] = await Promise.all([present.boundingBox(), more.boundingBox()]);
    expect(Math.abs((a?.y ?? 0) - (b?.y ?? -100))).toBeLessThan(4);
    expect(await page.getByRole('button', { name: 'Export JSON' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const query of ['', '?lang=fa']) {
    it(`opens its menu inside the screen (${query || 'English'})`, async () => {
      const { page } = await openApp(browser(), query, PHONE);
      // The header's actions settle once the story is ready (Persian's words load first, so
      // later): until then the button can be replaced under the keyboard's focus.
      await waitForMap(page);
      const more = page.locator('.more-actions > button');
      await more.waitFor();
      await more.focus();
      await page.keyboard.press('ArrowDown');
      const menu = page.getByRole('menu');
      await menu.waitFor();
      const box = await menu.boundingBox();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      expect(await more.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.screenshot({ path: `test-results/header-menu-360${query ? '-fa' : ''}.png` });
      await page.close();
    });
  }
});

describe.skipIf(!enabled)('the story header menu', () => {
  for (const look of LOOKS) {
    for (const width of [360]) {
      it(`finds no axe-core violations with the More menu open, ${look.name}, ${width} px`, async () => {
        const { page } = await openApp(browser(), `?${look.query.slice(1)}`, {
          width,
          height: 740,
        });
        await page.emulateMedia({ colorScheme: look.colorScheme });
        await waitForMap(page);
        await page.getByRole('button', { name: look.m.headerMenu.moreLabel }).click();
        await page.getByRole('menu').waitFor();
        const found: string[] = [];
        await checkState(page, 'the More menu open', found);
        expect(found).toEqual([]);
        await page.close();
      });
    }
  }
});
