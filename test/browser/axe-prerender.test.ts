/**
 * axe-core over the prerendered pages (index.html, embed.html, present.html): before the app
 * runs (its scripts held back, as a reader on a slow line first sees them), and once the app
 * has taken the page over, light and dark (by link and by the system), at the sizes each page
 * is made for.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe-run';
import { baseUrl, startChromium } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();

const PAGES = [
  {
    file: 'index.html',
    sizes: [
      [360, 740],
      [1920, 1080],
    ],
  },
  {
    file: 'embed.html',
    sizes: [
      [300, 250],
      [600, 400],
    ],
  },
  { file: 'present.html', sizes: [[1920, 1080]] },
] as const;

/** How the page is seen: its link's theme, the system's scheme, and whether the app has run. */
const STATES = [
  { name: 'before the app, light', query: '', colorScheme: 'light', app: false },
  { name: 'before the app, the system dark', query: '', colorScheme: 'dark', app: false },
  { name: 'taken over, light', query: '', colorScheme: 'light', app: true },
  { name: 'taken over, ?theme=dark', query: '?theme=dark', colorScheme: 'light', app: true },
  { name: 'taken over, the system dark', query: '', colorScheme: 'dark', app: true },
] as const;

async function open(
  file: string,
  state: (typeof STATES)[number],
  [width, height]: readonly [number, number],
): Promise<Page> {
  const page = await browser().newPage({
    viewport: { width, height },
    colorScheme: state.colorScheme,
  });
  // Held back, the scripts leave the page as the build wrote it (axe-core is put in by the test).
  if (!state.app) await page.route(/\.js$/, (route) => route.abort());
  await page.goto(`${baseUrl()}${file}${state.query}`);
  if (state.app) {
    await page.waitForFunction(() => document.querySelector('.prerendered') === null, null, {
      timeout: 60_000,
    });
  } else {
    await page.locator('.prerendered').waitFor();
  }
  return page;
}

describe.skipIf(!enabled)('accessibility (axe-core) of the prerendered pages', () => {
  for (const { file, sizes } of PAGES) {
    for (const size of sizes) {
      it(`finds no violations in ${file} at ${size.join('×')}, before and after the app`, async () => {
        const found: string[] = [];
        for (const state of STATES) {
          const page = await open(file, state, size);
          for (const violation of await axeViolations(page))
            found.push(`${state.name} — ${violation}`);
          await page.close();
        }
        expect(found).toEqual([]);
      }, 240_000);
    }
  }
});
