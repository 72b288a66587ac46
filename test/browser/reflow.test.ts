/**
 * 400% zoom of a 1280 px screen (320 CSS px wide, 256 tall): the draft dialog and the editor's
 * event form reflow into the width with no sideways scroll, and their way out (Close, Done
 * editing) is on screen.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, startChromium, waitForMap } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();
const ZOOMED = { width: 320, height: 256 };

/** How far the page and `within` scroll sideways (0 when they reflow). */
async function sidewaysScroll(page: Page, within: Locator) {
  return {
    page: await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    within: await within.evaluate((element) => element.scrollWidth - element.clientWidth),
  };
}

/** Whether the whole of `target` is inside the viewport, and not under something else. */
async function onScreen(target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  if (!box) return false;
  const inside =
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= ZOOMED.width &&
    box.y + box.height <= ZOOMED.height;
  const onTop = await target.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
    return hit !== null && element.contains(hit);
  });
  return inside && onTop;
}

describe.skipIf(!enabled)('reflow at 320 CSS px (400% zoom)', () => {
  it('fits the draft dialog to the width, with Close on screen', async () => {
    const { page } = await openApp(browser(), '?library', ZOOMED);
    await page.getByRole('button', { name: 'Draft from an article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Draft a story from an article' });
    await dialog.waitFor();
    await page.waitForTimeout(300);
    expect(await sidewaysScroll(page, dialog)).toEqual({ page: 0, within: 0 });
    expect(await onScreen(dialog.getByRole('button', { name: 'Close' }))).toBe(true);
    // Cancel is at the form's end: the dialog scrolls to it, and it is then in view.
    const cancel = dialog.getByRole('button', { name: 'Cancel' });
    await cancel.scrollIntoViewIfNeeded();
    expect(await onScreen(cancel)).toBe(true);
    await page.screenshot({ path: 'test-results/reflow-draft-320.png' });
    await page.close();
  });

  it('fits the editor’s event form to the width, with Done editing on screen', async () => {
    const { page } = await openApp(browser(), '?story=csto-2021', ZOOMED);
    await waitForMap(page);
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Edit a copy' }).click();
    await page.getByRole('toolbar', { name: 'Editing' }).waitFor();
    const local = await page.evaluate(() => window.location.search);
    await page.goto(`${baseUrl()}${local}&event=tajikistan-refuses-taliban`);
    const form = page.getByRole('region', { name: 'Edit event' });
    await form.waitFor();
    await page.waitForTimeout(300);
    expect(await sidewaysScroll(page, form)).toEqual({ page: 0, within: 0 });
    const done = page.getByRole('button', { name: 'Done editing' });
    await done.scrollIntoViewIfNeeded();
    expect(await onScreen(done)).toBe(true);
    await page.screenshot({ path: 'test-results/reflow-editor-320.png' });
    await page.close();
  });
});
