/**
 * The standard layout measured in real Chromium at the sizes readers use: what stays on screen,
 * what the page lets scroll, and what the keyboard can reach. Screenshots go to test-results/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, eventButtons, openApp, startChromium, waitForMap } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();

const PHONE = { width: 360, height: 740 };
/** 1280 × 800 at 400% zoom: the CSS viewport WCAG 1.4.10 asks a page to work in. */
const ZOOMED = { width: 320, height: 200 };

async function openReader(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Read in the article' }).first().click();
  // The passage is scrolled to smoothly: wait until it has arrived on screen.
  await page.waitForFunction(() => {
    const box = document.querySelector('dialog mark')?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
  });
  await page.waitForTimeout(300);
}

/** Focusable things outside the details sheet that are not inert yet overlap it on screen. */
function focusableUnderSheet(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sheet = document.querySelector('.details[data-open="true"]');
    if (!sheet) return ['no sheet'];
    const top = sheet.getBoundingClientRect().top;
    const selector = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => !sheet.contains(element) && !element.closest('[inert]'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.bottom > top;
      })
      .map((element) => element.getAttribute('aria-label') ?? element.textContent ?? '');
  });
}

describe.skipIf(!enabled)('the standard layout in Chromium', () => {
  for (const [name, viewport] of [
    ['a phone', PHONE],
    ['a page zoomed to 400%', ZOOMED],
  ] as const) {
    it(`keeps the article reader's heading and Close on screen on ${name}`, async () => {
      const { page } = await openApp(browser(), '?event=csto-exercises', viewport);
      await openReader(page);
      const close = page.getByRole('dialog').getByRole('button', { name: 'Close' });
      const box = await close.boundingBox();
      expect(box?.y).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
      await page.screenshot({ path: `test-results/reader-${viewport.width}.png` });
      await close.click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      await page.close();
    });
  }

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`is exactly one screen tall at ${viewport.width} × ${viewport.height}`, async () => {
      const { page } = await openApp(browser(), '', viewport);
      await expect.poll(() => eventButtons(page).count(), { timeout: 30_000 }).toBeGreaterThan(10);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBe(viewport.height);
      await page.keyboard.press('End');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await page.close();
    });
  }

  it('leaves nothing focusable under the details sheet on a phone', async () => {
    const { page } = await openApp(browser(), '', PHONE);
    await expect.poll(() => eventButtons(page).count(), { timeout: 30_000 }).toBeGreaterThan(10);
    await eventButtons(page).nth(2).click();
    await page.locator('.details[data-open="true"]').waitFor();
    // The sheet slides up and the map then resizes above it: on a loaded machine that takes
    // more than a frame or two, so wait for the layout to settle rather than a fixed time.
    await expect.poll(() => focusableUnderSheet(page), { timeout: 10_000 }).toEqual([]);
    await page.screenshot({ path: 'test-results/sheet-360.png' });
    await page.close();
  });

  it("shows the legend's last entry, and lets the keyboard scroll it, at 1280 × 800", async () => {
    const { page } = await openApp(browser(), '', { width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Legend' }).click();
    const panel = page.getByRole('region', { name: 'Legend' });
    const last = panel.getByRole('listitem').last();
    const [panelBox, lastBox] = await Promise.all([panel.boundingBox(), last.boundingBox()]);
    expect((lastBox?.y ?? 0) + (lastBox?.height ?? 0)).toBeLessThanOrEqual(
      (panelBox?.y ?? 0) + (panelBox?.height ?? 0),
    );
    await page.close();
  });

  // The legend's toggle, the scale bar and the credits share the map's bottom edge: a phone's map
  // is "tiny" (under 400 px wide), which lifts the scale bar clear of the credits, and the legend
  // once stayed where it was, over the scale bar.
  for (const [query, viewport] of [
    ['', PHONE],
    ['', { width: 1024, height: 768 }],
    ['?mode=embed', { width: 600, height: 400 }],
  ] as const) {
    it(`keeps the legend, the scale bar and the credits apart in ${query || 'the app'} at ${viewport.width} px`, async () => {
      const { page } = await openApp(browser(), query, viewport);
      await waitForMap(page);
      const boxes = await page.evaluate(() =>
        ['.map-legend__toggle', '.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib'].map(
          (selector) => {
            const rect = document.querySelector(selector)?.getBoundingClientRect();
            return rect ? { x: rect.x, y: rect.y, w: rect.width, h: rect.height } : undefined;
          },
        ),
      );
      const [legend, scale, credits] = boxes;
      if (!legend || !scale || !credits) throw new Error(`missing: ${JSON.stringify(boxes)}`);
      type Box = NonNullable<typeof legend>;
      const apart = (a: Box, b: Box) =>
        a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
      expect(apart(legend, scale)).toBe(true);
      expect(apart(scale, credits)).toBe(true);
      expect(apart(legend, credits)).toBe(true);
      await page.close();
    });
  }

  it('keeps the 300 × 250 embed usable: small edge markers, the scale bar clear of the credits', async () => {
    const { page } = await openApp(browser(), '?mode=embed', { width: 300, height: 250 });
    await waitForMap(page);
    const boxes = await page.evaluate(() => {
      const box = (element: Element | null) => {
        const rect = element?.getBoundingClientRect();
        return rect ? { x: rect.x, y: rect.y, w: rect.width, h: rect.height } : undefined;
      };
      return {
        map: box(document.querySelector('.map-view')),
        scale: box(document.querySelector('.maplibregl-ctrl-scale')),
        credits: box(document.querySelector('.maplibregl-ctrl-attrib')),
        edges: [...document.querySelectorAll('.map-offscreen__button')].map(box),
      };
    });
    const { map, scale, credits, edges } = boxes;
    if (!map || !scale || !credits)
      throw new Error('the map, its scale or its credits are missing');
    const apart = scale.y + scale.h <= credits.y || credits.y + credits.h <= scale.y;
    expect(apart).toBe(true);
    const edgeArea = edges.reduce((sum, edge) => sum + (edge ? edge.w * edge.h : 0), 0);
    expect(edgeArea).toBeLessThan((map.w * map.h) / 8);
    await page.screenshot({ path: 'test-results/embed-300x250.png' });
    await page.close();
  });

  it('prints the app as a plain page: the map as a picture, the selected event, the list', async () => {
    const { page } = await openApp(browser(), '?event=csto-exercises');
    await waitForMap(page);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const picture = page.getByRole('img', { name: 'The map as it was on screen' });
    expect(await picture.isVisible()).toBe(true);
    expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(
      100,
    );
    expect(await page.locator('.app__timeline').isVisible()).toBe(false);
    expect(await page.getByRole('list', { name: 'Events' }).isVisible()).toBe(true);
    const details = await page
      .locator('.details')
      .evaluate((element) => getComputedStyle(element).position);
    expect(details).toBe('static');
    await page.pdf({ path: 'test-results/app-print.pdf', format: 'A4' });
    await page.close();
  });
});
