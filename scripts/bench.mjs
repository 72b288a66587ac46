#!/usr/bin/env node
// Reads Dateline's User Timing marks in headless Chromium and prints medians over several runs:
// time to story-visible and map-ready, and the scrub measure (input → frame that shows it),
// for the default story and generated stories of 1,000 and 10,000 events.
// Usage: npm run bench [-- --runs 5 --no-build]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, MISSING_CHROMIUM } from './chromium.mjs';
import { generateStory } from './generate-story.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const scrubSteps = 20;
const port = 4319;
// Its own build folder, so a benchmark never races a test run over dist/.
const outDir = 'dist-bench';
const executablePath = chromiumPath();
if (!executablePath) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
}
mkdirSync(`${outDir}/bench`, { recursive: true });
for (const count of [1000, 10000]) {
  writeFileSync(`${outDir}/bench/generated-${count}.json`, JSON.stringify(generateStory(count)));
}

const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--outDir',
    outDir,
    '--port',
    String(port),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  {
    stdio: 'ignore',
    detached: true,
  },
);
const base = `http://127.0.0.1:${port}/`;
const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('vite preview did not start');
}

const markTime = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);

async function measure(browser, story) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const query = story ? `?story=${encodeURIComponent(story)}` : '';
  await page.goto(`${base}${query}`);
  await page.waitForFunction(
    () => performance.getEntriesByName('dateline:map-ready').length > 0,
    null,
    {
      timeout: 120_000,
    },
  );
  const visible = await markTime(page, 'dateline:story-visible');
  const ready = await markTime(page, 'dateline:map-ready');
  // Scrub: move the window's end back a day at a time from the keyboard, as a reader would.
  const slider = page.getByRole('slider').last();
  await slider.focus();
  // One day per step; each step waits (up to 5 s) for the frame that shows it before the next.
  for (let i = 0; i < scrubSteps; i += 1) {
    const before = await page.evaluate(() => performance.getEntriesByName('dateline:scrub').length);
    await page.keyboard.press('ArrowLeft');
    await page
      .waitForFunction((n) => performance.getEntriesByName('dateline:scrub').length > n, before, {
        timeout: 5_000,
      })
      .catch(() => undefined);
  }
  const scrubs = await page.evaluate(() =>
    performance.getEntriesByName('dateline:scrub').map((entry) => entry.duration),
  );
  await page.close();
  return { visible, ready, scrub: median(scrubs), scrubCount: scrubs.length };
}

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  const cases = [
    ['default story (csto-2021)', undefined],
    ['generated, 1,000 events', 'bench/generated-1000.json'],
    ['generated, 10,000 events', 'bench/generated-10000.json'],
  ];
  console.log(
    `Dateline bench: ${runs} runs each, 1280x800, headless Chromium (software GL), medians in ms`,
  );
  console.log(
    'story                         story-visible  map-ready  scrub (input→frame)  scrubs/run',
  );
  for (const [label, story] of cases) {
    const results = [];
    for (let run = 0; run < runs; run += 1) results.push(await measure(browser, story));
    const row = [
      label.padEnd(30),
      median(results.map((r) => r.visible))
        .toFixed(0)
        .padStart(13),
      median(results.map((r) => r.ready))
        .toFixed(0)
        .padStart(10),
      median(results.map((r) => r.scrub))
        .toFixed(1)
        .padStart(20),
      median(results.map((r) => r.scrubCount))
        .toFixed(0)
        .padStart(11),
    ];
    console.log(row.join(' '));
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
