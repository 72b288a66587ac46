/**
 * The 100,000-event story both large-story tests open: generated under the 30 MB limit into the
 * served build, opened by link, and scrubbed from the keyboard the way a reader does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { generateStory } from '../../scripts/generate-story.mjs';
import { openApp, type OpenedPage } from './driver';

const DIST = process.env.DATELINE_DIST ?? 'dist';

/** Writes a generated story of 100,000 events at `path` in the served build. */
export function writeLargeStory(path: string): void {
  mkdirSync(dirname(`${DIST}/${path}`), { recursive: true });
  writeFileSync(`${DIST}/${path}`, JSON.stringify(generateStory(100_000)));
}

/** How many time-window steps the map has drawn (the `dateline:scrub` measure). */
export const scrubs = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('dateline:scrub').length);

/**
 * Opens the story at 1024 × 768 and waits until its map has drawn every event: parsing and
 * checking 100,000 events takes 15–30 s on a busy two-core machine, and over two minutes when a
 * dozen processes share its cores (as bench:scrub allows for).
 */
export async function openLargeStory(browser: Browser, path: string): Promise<OpenedPage> {
  const opened = await openApp(browser, `?story=${path}`, { width: 1024, height: 768 });
  await opened.page.waitForFunction(
    () => performance.getEntriesByName('dateline:map-ready').length > 0,
    null,
    { timeout: 300_000 },
  );
  return opened;
}

/**
 * Narrows the window by three PageDown presses on its end handle; the list then says how many of
 * the story's events the window holds, and the map has drawn a step. Returns the handle.
 */
export async function narrowByKeyboard(page: Page) {
  const end = page.getByRole('slider').last();
  await end.focus();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('PageDown');
  await expect
    .poll(() => page.getByText(/[\d,]+ of 100,000 events in the time window/).count(), {
      timeout: 15_000,
    })
    .toBe(1);
  await expect.poll(() => scrubs(page), { timeout: 15_000 }).toBeGreaterThan(0);
  return end;
}

/**
 * Clicks where the pointer is (on a mark whose tooltip names `name`; the tooltip takes no clicks)
 * and waits for the details to show that event: selecting among 100,000 events re-renders the
 * list's page, slow on a busy machine.
 */
export async function clickAndExpectSelected(page: Page, name: string): Promise<void> {
  await page.mouse.down();
  await page.mouse.up();
  await expect
    .poll(() => page.getByRole('heading', { name, exact: true }).count(), { timeout: 45_000 })
    .toBeGreaterThan(0);
}
