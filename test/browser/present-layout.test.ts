/**
 * Presentations on the screens rooms have: 4:3 and 16:10 projectors for the audience screen,
 * a 1280 × 800 laptop for the presenter view. Screenshots go to test-results/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, startChromium } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();

/** Whether the element is on screen and not cut to nothing by an ancestor. */
async function shown(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((query) => {
    const element = document.querySelector(query);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const onScreen = box.width > 40 && box.height > 10 && box.top >= 0;
    return onScreen && box.bottom <= window.innerHeight && !element.closest('[hidden]');
  }, selector);
}

describe.skipIf(!enabled)('presentations on projectors and laptops', () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1280, height: 800 },
  ]) {
    it(`gives the map room and shows the title and step count at ${viewport.width} × ${viewport.height}`, async () => {
      const { page } = await openApp(browser(), '?mode=present&step=3', viewport);
      await page.locator('.present-card').waitFor();
      const map = await page.locator('.present__map').boundingBox();
      expect((map?.width ?? 0) * (map?.height ?? 0)).toBeGreaterThan(
        0.4 * viewport.width * viewport.height,
      );
      expect(map?.height ?? 0).toBeGreaterThanOrEqual(0.44 * viewport.height);
      expect(await shown(page, '.present__story')).toBe(true);
      expect(await shown(page, '.step-nav__count')).toBe(true);
      await page.screenshot({ path: `test-results/present-${viewport.width}.png` });
      await page.close();
    });
  }

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`fits the presenter view on a ${viewport.width} × ${viewport.height} laptop with its controls and the audience preview in view`, async () => {
      const { page } = await openApp(browser(), '?mode=presenter&step=3', viewport);
      await page.getByRole('button', { name: /Next/ }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(
        viewport.height,
      );
      const next = await page.getByRole('button', { name: /Next/ }).boundingBox();
      expect((next?.y ?? 0) + (next?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
      // The controls sit at the foot of the screen, with no empty band under them.
      const nav = await page.locator('.presenter__nav').boundingBox();
      expect((nav?.y ?? 0) + (nav?.height ?? 0)).toBeGreaterThan(viewport.height - 2);
      expect(await shown(page, '.audience-preview')).toBe(true);
      const preview = page.getByRole('region', { name: 'Audience screen' });
      await preview.locator('.present-card').waitFor();
      await preview.locator('.static-map__svg path').first().waitFor();
      // The scaled screen fills the preview's box and no more, once the scale follows the box's
      // size (a resize observer's callback, a frame or more after the layout on a busy machine).
      const misfit = async () => {
        const [box, screenBox] = await Promise.all([
          preview.locator('.audience-preview').boundingBox(),
          preview.locator('.audience-preview__screen').boundingBox(),
        ]);
        return Math.max(
          Math.abs((screenBox?.width ?? 0) - (box?.width ?? 0)),
          Math.abs((screenBox?.height ?? 0) - (box?.height ?? 0)),
        );
      };
      await expect.poll(misfit, { timeout: 10_000 }).toBeLessThan(6);
      await page.screenshot({ path: `test-results/presenter-${viewport.width}.png` });
      await page.close();
    });
  }

  for (const lang of ['en', 'ru']) {
    it(`keeps every button of the audience screen on a 360 px phone in ${lang}`, async () => {
      const viewport = { width: 360, height: 740 };
      const { page } = await openApp(browser(), `?mode=present&step=3&lang=${lang}`, viewport);
      await page.locator('.present-card').waitFor();
      // Clipped by the screen's edge, a button can neither be seen nor tapped.
      const cut = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.present__head .present-button, .step-nav button'))
          .map((control) => ({ control, box: control.getBoundingClientRect() }))
          .filter(({ box }) => box.left < 0 || box.right > window.innerWidth || box.top < 0)
          .map(({ control }) => control.getAttribute('aria-label') ?? control.textContent),
      );
      expect(cut).toEqual([]);
      await page.screenshot({ path: `test-results/present-360-${lang}.png` });
      await page.close();
    });
  }
});
