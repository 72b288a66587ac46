/**
 * The still first map follows the page's theme: dark before the app runs when the system is
 * dark, dark from the app's takeover with `?theme=dark` (the prerender cannot read the link),
 * and light otherwise, so no light map sits in a dark page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../src/map/basemap-palette';
import { baseUrl, startChromium } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();

/** `#rrggbb` as getComputedStyle writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The painted land, water and page background while the still map is on screen. */
async function paints(page: Page) {
  await page.locator('.first-map .sm-land').waitFor({ state: 'attached' });
  return page.evaluate(() => {
    const fill = (selector: string) => {
      const piece = document.querySelector(selector);
      return piece ? getComputedStyle(piece).fill : 'missing';
    };
    return {
      land: fill('.first-map .sm-land'),
      water: fill('.first-map rect.sm-water'),
      page: getComputedStyle(document.body).backgroundColor,
    };
  });
}

async function open(query: string, colorScheme: 'light' | 'dark', app: boolean): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1024, height: 768 }, colorScheme });
  if (app) {
    // The live map never draws without MapLibre's code, so the still map stays on screen.
    await page.route(/maplibre-gl[\w-]*\.js$/, (route) => route.abort());
  } else {
    // The app's code (the built assets); the page's own small script for the link's theme runs.
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  }
  await page.goto(`${baseUrl()}${query}`);
  if (app) {
    await page.waitForFunction(() => document.querySelector('.prerendered') === null, null, {
      timeout: 60_000,
    });
  }
  return page;
}

describe.skipIf(!enabled)('the still first map’s theme', () => {
  it('is dark before the app runs when the system is dark, in a dark page', async () => {
    const page = await open('', 'dark', false);
    expect(await paints(page)).toEqual({
      land: rgb(DARK_PALETTE.land),
      water: rgb(DARK_PALETTE.water),
      page: 'rgb(21, 24, 27)',
    });
    await page.close();
  });

  it('turns dark when the app takes over a link with ?theme=dark', async () => {
    const page = await open('?theme=dark', 'light', true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const { land, water } = await paints(page);
    expect({ land, water }).toEqual({
      land: rgb(DARK_PALETTE.land),
      water: rgb(DARK_PALETTE.water),
    });
    await page.close();
  });

  it('stays light in a light page', async () => {
    const page = await open('', 'light', false);
    const { land, water } = await paints(page);
    expect({ land, water }).toEqual({
      land: rgb(LIGHT_PALETTE.land),
      water: rgb(LIGHT_PALETTE.water),
    });
    await page.close();
  });
});

/** The page's background in each theme (theme.css: --bg). */
const BACKGROUND = { light: 'rgb(241, 240, 236)', dark: 'rgb(21, 24, 27)' } as const;
const PAGES = ['', 'embed.html?mode=embed&', 'present.html?mode=present&'];

describe.skipIf(!enabled)('a link’s theme before the app runs', () => {
  for (const path of PAGES) {
    const name = path === '' ? 'index.html' : path.split('?')[0];
    for (const [system, link] of [
      ['dark', 'light'],
      ['light', 'dark'],
    ] as const) {
      it(`paints ${name} ${link} with ?theme=${link} on a ${system} system`, async () => {
        const query = path === '' ? `?theme=${link}` : `${path}theme=${link}`;
        const page = await open(query, system, false);
        const palette = link === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
        expect(await paints(page)).toEqual({
          land: rgb(palette.land),
          water: rgb(palette.water),
          page: BACKGROUND[link],
        });
        await page.close();
      });
    }
  }
});
