/**
 * A story of 10,000 events loads with its progress on screen (megabytes read, of the total when
 * the server sends one uncompressed, then the events
 * being checked) and without blocking the page: the loading code's own tasks on the main thread
 * (reading the download, taking the parsed events from the worker) each stay under 50 ms. Timed
 * with the Long Animation Frames API, which names the script behind each task, so the map's
 * drawing and React's rendering of the story (not the loading path) are told apart.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/generate-story.mjs';
import { baseUrl, startChromium } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();
const DIST = process.env.DATELINE_DIST ?? 'dist';
const STORY = 'test-stories/generated-10000.json';
const LONG_TASK_MS = 50;
/**
 * On a machine busier than its cores (the shared CI box runs ~8 builds on 2), a 20 ms task is
 * often preempted and measured at 60–90 ms; the margin then applies, and the test says so.
 */
const SHARED_MARGIN_MS = 50;

/** The built chunk that holds the page's side of story loading (it starts the parse worker). */
function loaderChunk(): string {
  const assets = readdirSync(`${DIST}/assets`).filter((file) => file.endsWith('.js'));
  const found = assets.find(
    (file) =>
      !file.startsWith('parse.worker') &&
      readFileSync(`${DIST}/assets/${file}`, 'utf8').includes('parse.worker'),
  );
  if (!found) throw new Error('no chunk starts the parse worker');
  return found;
}

describe.skipIf(!enabled)('loading a story of 10,000 events', () => {
  beforeAll(() => {
    mkdirSync(`${DIST}/test-stories`, { recursive: true });
    writeFileSync(`${DIST}/${STORY}`, JSON.stringify(generateStory(10_000)));
  });

  it('shows its progress and keeps the loading code’s tasks short', async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 768 } });
    await context.addInitScript(() => {
      const said: string[] = [];
      const scripts: { duration: number; invoker: string; source: string }[] = [];
      Object.assign(window, { progressSaid: said, loafScripts: scripts });
      new MutationObserver(() => {
        const bar = document.querySelector('progress[aria-valuetext]');
        const text = bar?.getAttribute('aria-valuetext');
        if (text && said.at(-1) !== text) said.push(text);
      }).observe(document, { subtree: true, childList: true, attributes: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!('scripts' in entry) || !Array.isArray(entry.scripts)) continue;
          for (const script of entry.scripts) {
            scripts.push({
              duration: Number(script.duration),
              invoker: String(script.invoker),
              source: String(script.sourceURL),
            });
          }
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl()}?story=${STORY}`);
    await page.waitForFunction(
      () => performance.getEntriesByName('dateline:story-visible').length > 0,
      null,
      { timeout: 120_000 },
    );
    await expect
      .poll(() =>
        page.getByRole('heading', { level: 1, name: 'Generated story of 10000 events' }).count(),
      )
      .toBe(1);

    const said = await page.evaluate(() =>
      'progressSaid' in window && Array.isArray(window.progressSaid) ? window.progressSaid : [],
    );
    expect(
      said.some((text) => /^Loading the story: [\d.]+( of 2\.9)? MB$/.test(String(text))),
    ).toBe(true);
    expect(said).toContain('Checking 10,000 events…');

    const chunk = loaderChunk();
    const scripts = await page.evaluate(() =>
      'loafScripts' in window && Array.isArray(window.loafScripts) ? window.loafScripts : [],
    );
    const loading = scripts.filter(
      (script: { invoker: string; source: string }) =>
        script.source.endsWith(`/${chunk}`) &&
        (script.invoker === 'Worker.onmessage' || script.invoker.startsWith('ReadableStream')),
    );
    const longest = Math.max(0, ...loading.map((script: { duration: number }) => script.duration));
    const load = loadavg()[0] ?? 0;
    const busy = load > cpus().length;
    const limit = LONG_TASK_MS + (busy ? SHARED_MARGIN_MS : 0);
    console.log(
      `story loading: ${loading.length} loading tasks reported over 5 ms, longest ${Math.round(longest)} ms; ` +
        `limit ${limit} ms${busy ? ` (shared machine, load ${load.toFixed(1)} on ${cpus().length} cores)` : ''}`,
    );
    expect(longest).toBeLessThanOrEqual(limit);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
