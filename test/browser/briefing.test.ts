/**
 * The offline briefing in Chromium: `npm run build:briefing` once, then the one HTML file opened
 * from file:// with every request that is not file:, data: or blob: refused, as on a laptop with
 * no network. Screenshots and the exported PNG go to test-results/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from './chromium';
import { currentQuery, eventButtons, waitForMap } from './driver';

const STORY = 'csto-2021';
const FILE = resolve(`dist-briefing/${STORY}.html`);
const FILE_URL = pathToFileURL(FILE).href;
/** What a briefing may load: itself, and what it makes from its own contents. */
const LOCAL = /^(file|data|blob):/;
/** The budget for one file carried on a USB stick and opened on an old laptop. */
const MAX_BYTES = 4 * 1024 * 1024;

const enabled = chromiumPath() !== undefined;
let browser: Browser;
/** The files the build wrote (dist-briefing may hold other stories' briefings from before). */
let written: string[] = [];

interface OpenedBriefing {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL asked for, by the page or its workers, refused or not. */
  readonly requests: string[];
  readonly errors: string[];
}

async function openBriefing(query = ''): Promise<OpenedBriefing> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) =>
    LOCAL.test(route.request().url()) ? route.continue() : route.abort(),
  );
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${FILE_URL}${query}`);
  return { context, page, requests, errors };
}

/** The steps of the story the briefing was built from, read from the shipped file. */
function storySteps(): { event: string }[] {
  const data: { steps: { event: string }[] } = JSON.parse(
    readFileSync(`public/stories/${STORY}.json`, 'utf8'),
  );
  return data.steps;
}

const storyVisible = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('dateline:story-visible').length > 0);

beforeAll(() => {
  if (!enabled) return;
  mkdirSync('test-results', { recursive: true });
  // File times are coarser than the clock on some disks: a second's margin.
  const started = Date.now() - 1000;
  const build = spawnSync('npx', ['tsx', 'scripts/build-briefing.ts', '--story', STORY], {
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`npm run build:briefing failed:\n${build.stderr}`);
  written = readdirSync('dist-briefing').filter(
    (name) => statSync(`dist-briefing/${name}`).mtimeMs >= started,
  );
}, 120_000);

beforeAll(async () => {
  if (enabled) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!enabled)('the offline briefing, opened from file://', () => {
  it('runs under its own <meta> policy with no violation, and that policy allows only its own code', async () => {
    const { context, page, errors } = await openBriefing();
    await waitForMap(page);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toMatch(/script-src 'sha256-[^']+'(;|$)/);
    // Chromium reports every violation on the console; none may appear.
    expect(errors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    // The map drew, so the hashed script and style ran; nothing else is allowed to.
    expect(policy).not.toMatch(/unsafe-(inline|eval)|\*/);
    await context.close();
  });

  it('is one file within the size budget, with nothing written beside it', () => {
    expect(statSync(FILE).size).toBeLessThan(MAX_BYTES);
    // The story-parsing worker was once written there too, though a file:// page cannot start it.
    expect(written).toEqual([`${STORY}.html`]);
  });

  it('shows the story, its events and the map with the network refused', async () => {
    const { context, page, requests, errors } = await openBriefing();
    await expect.poll(() => eventButtons(page).count(), { timeout: 30_000 }).toBeGreaterThan(10);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/Russia/i);
    expect(await page.title()).toMatch(/Russia.* · Dateline$/);
    await waitForMap(page);
    // MapLibre drew with its worker, made from the page's own contents.
    expect(page.workers().map((worker) => worker.url().slice(0, 5))).toContain('data:');
    expect(requests.filter((url) => !LOCAL.test(url))).toEqual([]);
    // Nothing read from the disk beside the file itself.
    expect(
      requests.filter((url) => url.split('?')[0] !== FILE_URL && url.startsWith('file:')),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'test-results/briefing-file.png' });
    await context.close();
  });

  it('exports a PNG of the view, offline too', async () => {
    const { context, page, requests } = await openBriefing();
    await waitForMap(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download PNG of this view' }).click(),
    ]);
    const png = readFileSync(await download.path());
    writeFileSync('test-results/briefing-export.png', png);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(download.suggestedFilename()).toMatch(/^csto-2021-.*\.png$/);
    expect(requests.filter((url) => !LOCAL.test(url))).toEqual([]);
    await context.close();
  });

  it('presents: ?mode=present opens at the linked step, and the keyboard steps on', async () => {
    const steps = storySteps();
    const { context, page, requests, errors } = await openBriefing('?mode=present&step=2');
    await storyVisible(page);
    await expect
      .poll(() => currentQuery(page), { timeout: 10_000 })
      .toMatch(new RegExp(`event=${steps[1]?.event}.*mode=present.*step=2`));
    await waitForMap(page);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => currentQuery(page), { timeout: 10_000 })
      .toMatch(new RegExp(`event=${steps[2]?.event}.*mode=present.*step=3`));
    await page.screenshot({ path: 'test-results/briefing-present.png' });
    expect(requests.filter((url) => !LOCAL.test(url))).toEqual([]);
    // The handout's basemap comes from the page too: nothing else is read from disk.
    expect(requests.filter((url) => url.startsWith('file:') && !url.startsWith(FILE_URL))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
