/**
 * What the browser tests of the basemap's copies (frame-copies/basemap-snapshot.ts) share: a
 * view drawn in full to compare with, and what steps drawn from copies must hold to.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { scrubs } from './large-story-setup';
import { settled } from './map-pointer';
import { glCounts, mapOnScreen, pixelsApart } from './map-pixels';

type GlCounts = Awaited<ReturnType<typeof glCounts>>;

/** One key press on a window handle, once the map has drawn the step. */
export async function scrubStep(page: Page, handle: Locator, key: string): Promise<void> {
  const before = await scrubs(page);
  await handle.press(key);
  await expect.poll(() => scrubs(page), { timeout: 15_000 }).toBeGreaterThan(before);
  await page.waitForTimeout(300);
}

/** A resize and back: the same view drawn in full (the camera changed in between). */
export async function drawInFull(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1000, height: 768 });
  await page.waitForTimeout(500);
  await page.setViewportSize({ width: 1024, height: 768 });
  await settled(page);
  await page.waitForTimeout(1000);
}

/**
 * Holds the steps after the first (`copied`) to drawing from copies the first one took
 * (`first`), and the map they left on screen to the same view drawn in full (read here).
 */
export async function expectDrawnFromCopies(
  page: Page,
  first: GlCounts,
  copied: GlCounts,
): Promise<void> {
  const fromCopies = await mapOnScreen(page);
  await drawInFull(page);
  const inFull = await mapOnScreen(page);
  expect(first.copies).toBeGreaterThan(0);
  expect(copied.copies).toBe(0);
  expect(first.frames).toBeGreaterThan(0);
  expect(copied.frames).toBeGreaterThan(0);
  // Land, water, borders and labels, tile by tile, are most of a frame's draws.
  expect(copied.draws / copied.frames).toBeLessThan((0.8 * first.draws) / first.frames);
  expect(fromCopies.length).toBeGreaterThan(100_000);
  expect(fromCopies.length).toBe(inFull.length);
  expect(pixelsApart(fromCopies, inFull)).toBeLessThan(fromCopies.length / 4 / 1000);
}
