/**
 * A story of 10,000 events loads with its progress on screen (megabytes read, of the total when
 * the server sends one uncompressed, then the events being checked) and without blocking the
 * page: the download goes to the parsing worker as it arrives, and the worker's checked events
 * come back in parts small enough to copy in a short task (EVENTS_PER_REPLY). The test holds the
 * loader to those parts, which do not depend on how busy the machine is; how long the loading
 * code's tasks took (from the Long Animation Frames API, which names the script behind each
 * task) is printed beside them, a figure to read, not a pass mark (`npm run bench:first-view`
 * measures the long tasks side by side with the previous build).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/generate-story.mjs';
import { EVENTS_PER_REPLY } from '../../src/story/parse-replies';
import { baseUrl, startChromium } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();
const DIST = process.env.DATELINE_DIST ?? 'dist';
const STORY = 'test-stories/generated-10000.json';
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

  it('shows its progress and hands the story to and from its worker in short parts', async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 768 } });
    await context.addInitScript(() => {
      const said: string[] = [];
      const scripts: { duration: number; invoker: string; source: string }[] = [];
      // The events each of the worker's messages carries, and the chunks the page sends it.
      const parts: number[] = [];
      const sent: string[] = [];
      Object.assign(window, { progressSaid: said, loafScripts: scripts, parts, sent });
      const PageWorker = window.Worker;
      window.Worker = class extends PageWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', (message: MessageEvent<unknown>) => {
            const data: unknown = message.data;
            if (typeof data !== 'object' || data === null || !('type' in data)) return;
            // Each part's events cross as their JSON text (parse-replies.ts).
            if (data.type !== 'events' || !('events' in data) || typeof data.events !== 'string')
              return;
            const events: unknown = JSON.parse(data.events);
            if (Array.isArray(events)) parts.push(events.length);
          });
        }
        override postMessage(
          message: unknown,
          transfer?: Transferable[] | StructuredSerializeOptions,
        ) {
          if (typeof message === 'object' && message !== null && 'type' in message)
            sent.push(String(message.type));
          // The two overloads of postMessage, passed on as they came.
          if (Array.isArray(transfer)) super.postMessage(message, transfer);
          else super.postMessage(message, transfer);
        }
      };
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
    console.log(
      `story loading: ${loading.length} loading tasks reported over 5 ms, longest ` +
        `${Math.round(longest)} ms (load ${(loadavg()[0] ?? 0).toFixed(1)})`,
    );

    // The download reached the worker in pieces as it arrived, not as one text at the end.
    const sent = await page.evaluate(() =>
      'sent' in window && Array.isArray(window.sent) ? window.sent.map(String) : [],
    );
    expect(sent.filter((type) => type === 'chunk').length).toBeGreaterThan(1);
    expect(sent).not.toContain('text');
    // Every event came back, in parts of at most EVENTS_PER_REPLY.
    const parts = await page.evaluate(() =>
      'parts' in window && Array.isArray(window.parts) ? window.parts.map(Number) : [],
    );
    expect(parts.reduce((sum, part) => sum + part, 0)).toBe(10_000);
    expect(Math.max(...parts)).toBeLessThanOrEqual(EVENTS_PER_REPLY);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
