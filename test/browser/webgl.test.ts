/**
 * The map when WebGL fails: a context lost and restored (a GPU reset, a driver update, too many
 * tabs) must bring the same map back. Screenshots go to test-results/.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE } from '../../src/map/basemap-palette';
import { chromiumPath, MISSING_CHROMIUM } from './chromium';
import { baseUrl, currentQuery, openApp, startChromium, waitForMap } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();

/** Share of pixels that differ clearly between two PNG screenshots, decoded by the browser. */
async function pixelDifference(chromium: Browser, before: Buffer, after: Buffer): Promise<number> {
  const page = await chromium.newPage();
  const share = await page.evaluate(
    async ({ a, b }) => {
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D canvas');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [first, second] = await Promise.all([decode(a), decode(b)]);
      let differing = 0;
      for (let index = 0; index < first.length; index += 4) {
        const far = [0, 1, 2].some(
          (channel) =>
            Math.abs((first[index + channel] ?? 0) - (second[index + channel] ?? 0)) > 40,
        );
        if (far) differing += 1;
      }
      return differing / (first.length / 4);
    },
    { a: before.toString('base64'), b: after.toString('base64') },
  );
  await page.close();
  return share;
}

async function loseAndRestoreContext(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const canvas = document.querySelector('canvas.maplibregl-canvas');
    if (!(canvas instanceof HTMLCanvasElement)) throw new Error('no map canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    const lose = gl?.getExtension('WEBGL_lose_context');
    if (!lose) throw new Error('WEBGL_lose_context is not available');
    lose.loseContext();
    await new Promise((resolve) => setTimeout(resolve, 500));
    lose.restoreContext();
  });
}

/** A Chromium with WebGL switched off, as on a locked-down PC. */
async function launchWithoutWebgl(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_FLAGS, '--disable-webgl', '--disable-webgl2'],
    headless: true,
  });
}

/** `#rrggbb` as getComputedStyle writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe.skipIf(!enabled)('the map when WebGL fails', () => {
  it('comes back as it was after its WebGL context is lost and restored', async () => {
    const { page } = await openApp(browser(), '?event=csto-exercises');
    await waitForMap(page);
    // Labels and marks fade in: let them settle before the picture is taken.
    await page.waitForTimeout(1500);
    const map = page.getByRole('region', { name: 'Map of events' });
    const query = await currentQuery(page);
    const before = await map.screenshot();
    await loseAndRestoreContext(page);
    await page
      .waitForFunction(() => performance.getEntriesByName('dateline:map-ready').length > 1, null, {
        timeout: 20_000,
      })
      .catch(() => undefined);
    await page.waitForTimeout(1500);
    const after = await map.screenshot({ path: 'test-results/webgl-restored.png' });
    expect(await currentQuery(page)).toBe(query);
    expect(await pixelDifference(browser(), before, after)).toBeLessThan(0.01);
    await page.close();
  });

  it('shows a message and a still map of the events where WebGL is switched off', async () => {
    const noWebgl = await launchWithoutWebgl();
    try {
      const { page, errors } = await openApp(noWebgl);
      const map = page.getByRole('region', { name: 'Map of events' });
      await expect
        .poll(() => map.getByRole('note').textContent(), { timeout: 30_000 })
        .toMatch(/cannot draw the interactive map/);
      const still = map.getByRole('img', { name: /^Still map of \d+ events?$/ });
      await still.waitFor();
      // A mark per place of each event (an event of two places has two).
      await expect.poll(() => still.locator('[data-event] > g').count()).toBeGreaterThan(10);
      const box = await still.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(200);
      expect(errors.filter((error) => !/webgl/i.test(error))).toEqual([]);
      await page.screenshot({ path: 'test-results/no-webgl.png' });
    } finally {
      await noWebgl.close();
    }
  });

  // The system's dark mode with no ?theme, and ?theme=dark on a light system: both dark pages.
  const darkPages: { page: string; query: string; colorScheme: 'light' | 'dark' }[] = [
    { page: 'the system is dark', query: '', colorScheme: 'dark' },
    { page: 'the link says ?theme=dark', query: '?theme=dark', colorScheme: 'light' },
  ];
  it.each(darkPages)(
    'paints the still map in the dark palette when $page',
    async ({ query, colorScheme }) => {
      const noWebgl = await launchWithoutWebgl();
      try {
        const page = await noWebgl.newPage({ colorScheme, viewport: { width: 1024, height: 768 } });
        await page.goto(`${baseUrl()}${query}`);
        const still = page.getByRole('img', { name: /^Still map of \d+ events?$/ });
        await still.locator('.sm-land').waitFor({ state: 'attached', timeout: 30_000 });
        const paints = await page.evaluate(() => {
          const paint = (selector: string, property: 'fill' | 'backgroundColor') => {
            const piece = document.querySelector(selector);
            return piece ? getComputedStyle(piece)[property] : 'missing';
          };
          return {
            land: paint('.static-map .sm-land', 'fill'),
            water: paint('.static-map rect.sm-water', 'fill'),
            box: paint('.static-map', 'backgroundColor'),
          };
        });
        expect(paints).toEqual({
          land: rgb(DARK_PALETTE.land),
          water: rgb(DARK_PALETTE.water),
          box: rgb(DARK_PALETTE.water),
        });
        await page.close();
      } finally {
        await noWebgl.close();
      }
    },
  );
});
