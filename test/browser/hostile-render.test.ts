/**
 * The hostile render run: hostile but schema-valid stories (test/browser/hostile), each rendered
 * by the real app in Chromium, one after another on one page (a test-only entry swaps the store's
 * story). Fails on any blank page, any part that could not be shown, and any uncaught error or
 * console error. Budget: under 4 minutes on 2 cores, build included. A hostile story costs about
 * 0.4-0.6 s to render here in software GL, so CI renders 250 (seeds 0-249); set
 * DATELINE_HOSTILE_STORIES (and DATELINE_HOSTILE_FROM) for a longer run. All 10,000 seeds are
 * also parsed in test/story/hostile-stories.test.ts.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baseUrl, startChromium } from './driver';
import { serveStatic } from './static-server';

const STORIES = Number(process.env.DATELINE_HOSTILE_STORIES ?? 250);
const FIRST = Number(process.env.DATELINE_HOSTILE_FROM ?? 0);
const BATCH = 50;
const enabled = baseUrl() !== '';
const browser = startChromium();
const OUT = resolve(`${process.env.DATELINE_DIST ?? 'dist'}-hostile`);
let served: { url: string; close: () => Promise<void> } | undefined;

const runResult = z.object({ rendered: z.number(), failures: z.array(z.string()) });

beforeAll(async () => {
  if (!enabled) return;
  await build({
    configFile: resolve('vite.config.ts'),
    base: '/',
    logLevel: 'warn',
    build: {
      outDir: OUT,
      emptyOutDir: true,
      rollupOptions: { input: resolve('test/browser/hostile/index.html') },
    },
  });
  served = await serveStatic(OUT, {});
}, 180_000);
afterAll(async () => {
  await served?.close();
});

describe.skipIf(!enabled)('the hostile render run', () => {
  it(`renders ${STORIES.toLocaleString('en')} hostile stories with no blank page and no error`, async () => {
    if (!served) throw new Error('not served');
    const page = await browser().newPage({ viewport: { width: 1024, height: 768 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(`${served.url}test/browser/hostile/index.html`);
    await page.waitForFunction(() => typeof Reflect.get(window, 'renderHostile') === 'function');
    const started = performance.now();
    let rendered = 0;
    const failures: string[] = [];
    const end = FIRST + STORIES;
    for (let from = FIRST; from < end && failures.length === 0; from += BATCH) {
      const result = runResult.parse(
        await page.evaluate(
          ([first, last]) => Reflect.get(window, 'renderHostile')(first, last),
          [from, Math.min(from + BATCH, end)],
        ),
      );
      rendered += result.rendered;
      failures.push(...result.failures);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`hostile render run: ${rendered} stories in ${seconds.toFixed(1)} s`);
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    expect(rendered).toBe(STORIES);
    await page.close();
  }, 600_000);
});
