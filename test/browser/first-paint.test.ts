/**
 * What the prerendered page's first paint waits for: the page's HTML, its stylesheets and its
 * one small head script, not the app's code (public/first-paint.js starts that after the paint),
 * and not the parser stopping at that script. A link's ?theme is still on the page when it is
 * first painted.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_VIEW_ID } from '../../scripts/prerender.mjs';
import { baseUrl, startChromium } from './driver';
import { serveStatic } from './static-server';

const enabled = baseUrl() !== '';
const browser = startChromium();
const DIST = process.env.DATELINE_DIST ?? 'dist';
const PAGES = ['', 'embed.html?mode=embed', 'present.html?mode=present'];

/**
 * Records, in the first frame that shows the whole view (its end marker is parsed), what the
 * page then had: whether the app had made its box (its code had run), whether a module script
 * was in the page at all (one in the HTML runs whenever it is in, often before that frame), and
 * the page's theme.
 */
async function recordFirstPaint(page: Page, endId: string): Promise<void> {
  await page.addInitScript((id) => {
    const tick = () => {
      if (!document.getElementById(id)) {
        requestAnimationFrame(tick);
        return;
      }
      Object.assign(window, {
        firstPaint: {
          app: document.querySelector('.prerendered-live') !== null,
          entry: document.querySelector('script[type="module"]') !== null,
          theme: document.documentElement.dataset.theme ?? null,
        },
      });
    };
    requestAnimationFrame(tick);
  }, endId);
}

async function firstPaint(page: Page): Promise<unknown> {
  await page.waitForFunction(() => 'firstPaint' in window, null, { timeout: 30_000 });
  return page.evaluate(() => Reflect.get(window, 'firstPaint'));
}

describe.skipIf(!enabled)('the prerendered first paint', () => {
  for (const path of PAGES) {
    it(`comes before the app's code runs in ${path.split('?')[0] || 'index.html'}`, async () => {
      // The HTML stops for 1.5 s inside the view, so the app's code is in long before the page
      // is whole: a module script in <head> then ran before the first paint (70–250 ms).
      const server = await serveStatic(DIST, {}, { after: 'class="first-map__note"', ms: 1500 });
      const page = await browser().newPage({ viewport: { width: 1024, height: 768 } });
      await recordFirstPaint(page, FIRST_VIEW_ID);
      await page.goto(`${server.url}${path}`);
      expect(await firstPaint(page)).toEqual({ app: false, entry: false, theme: null });
      // And the app starts after it, and takes the view over.
      await expect.poll(() => page.locator('.prerendered').count(), { timeout: 60_000 }).toBe(0);
      await page.close();
      await server.close();
    }, 90_000);
  }

  it('is parsed while the head script loads: no script in <head> stops the parser', async () => {
    for (const path of PAGES) {
      const html = await (await fetch(`${baseUrl()}${path}`)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const scripts = head.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      const blocking = scripts.filter((tag) => !/\basync\b|\bdefer\b|type="module"/.test(tag));
      expect(blocking, path).toEqual([]);
    }
  });

  it('asks for its fonts before the app’s code', async () => {
    // The paint waits at most 100 ms for a preloaded font, and a font that misses it is not
    // used on the page at all (font-display: optional): sent after the bundle, it missed on a
    // busy machine once the paint no longer waited for the app's code.
    for (const path of PAGES) {
      const html = await (await fetch(`${baseUrl()}${path}`)).text();
      const links = html.match(/<link\b[^>]*>/g) ?? [];
      const fonts = links.flatMap((link, at) => (link.includes('as="font"') ? [at] : []));
      const code = links.findIndex((link) => /rel="modulepreload"/.test(link));
      expect(fonts.length, path).toBeGreaterThan(0);
      expect(Math.max(...fonts), path).toBeLessThan(code);
    }
  });

  for (const path of ['?theme=dark', 'embed.html?mode=embed&theme=dark']) {
    it(`has a link's ?theme before it is painted when the head script is slow (${path})`, async () => {
      const page = await browser().newPage({ viewport: { width: 1024, height: 768 } });
      await recordFirstPaint(page, FIRST_VIEW_ID);
      // The page is parsed before the script comes: only its render-blocking holds the paint.
      await page.route('**/first-paint.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 800));
        await route.continue();
      });
      await page.goto(`${baseUrl()}${path}`);
      expect(await firstPaint(page)).toMatchObject({ theme: 'dark' });
      await page.close();
    }, 60_000);
  }
});
