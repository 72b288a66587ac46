#!/usr/bin/env node
// Time-window steps on the map, measured in headless Chromium: for each story, input → the map
// frame that shows the new window (the `dateline:scrub` User Timing measure), the main-thread
// script time per step (CDP Performance.getMetrics ScriptDuration, before and after the steps)
// and the JS heap after load and after scrubbing. Prints medians with min–max over the steps.
// Usage: npm run bench:scrub [-- --dist /tmp/build --port 4605 --counts 10000,100000 --steps 20]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, MISSING_CHROMIUM } from './chromium.mjs';
import { generateStory } from './generate-story.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const outDir = option('--dist', 'dist-bench-scrub');
const port = Number(option('--port', '4605'));
const steps = Number(option('--steps', '20'));
const counts = option('--counts', '20,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const viewport = { width: 1024, height: 768 };
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
for (const count of counts) {
  if (count === 20) continue;
  writeFileSync(`${outDir}/bench/generated-${count}.json`, JSON.stringify(generateStory(count)));
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
  { stdio: 'ignore', detached: true },
);
const base = `http://localhost:${port}/`;

function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}
const spread = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const f = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  return `${f(quantile(sorted, 0.5))} (${f(sorted[0] ?? NaN)}–${f(sorted.at(-1) ?? NaN)})`;
};

async function waitForServer() {
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('vite preview did not start');
}

async function metrics(session) {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

async function measure(browser, count) {
  const page = await browser.newPage({ viewport });
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const query = count === 20 ? '' : `?story=${encodeURIComponent(`bench/generated-${count}.json`)}`;
  await page.goto(`${base}${query}`);
  await page.waitForFunction(
    () => performance.getEntriesByName('dateline:map-ready').length > 0,
    null,
    {
      timeout: 180_000,
    },
  );
  const ready = await page.evaluate(
    () => performance.getEntriesByName('dateline:map-ready')[0]?.startTime ?? NaN,
  );
  // Let the first frames and the worker settle before measuring steps.
  await page.waitForTimeout(1500);
  const heapAfterLoad = (await metrics(session)).JSHeapUsedSize / 2 ** 20;
  const slider = page.getByRole('slider').last();
  await slider.focus();
  const scriptPerStep = [];
  for (let i = 0; i < steps; i += 1) {
    const before = await page.evaluate(() => performance.getEntriesByName('dateline:scrub').length);
    const start = (await metrics(session)).ScriptDuration;
    await page.keyboard.press('ArrowLeft');
    await page
      .waitForFunction((n) => performance.getEntriesByName('dateline:scrub').length > n, before, {
        timeout: 10_000,
      })
      .catch(() => undefined);
    // Frames the step still causes (fades, re-tiling) count too: wait for the map to go quiet.
    await page.waitForTimeout(300);
    scriptPerStep.push(((await metrics(session)).ScriptDuration - start) * 1000);
  }
  const scrubs = await page.evaluate(() =>
    performance.getEntriesByName('dateline:scrub').map((entry) => entry.duration),
  );
  const heapAfterScrub = (await metrics(session)).JSHeapUsedSize / 2 ** 20;
  await page.close();
  return { ready, scrubs, scriptPerStep, heapAfterLoad, heapAfterScrub };
}

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  console.log(
    `Dateline scrub bench: ${steps} keyboard steps per story, ${viewport.width}x${viewport.height}, ` +
      `headless Chromium ${browser.version()} (SwiftShader software GL), ${cpus().length} CPU cores; ` +
      'median (min–max) over the steps',
  );
  console.log(
    'events    map-ready ms  scrub input→frame ms   script per step ms   heap MB load/scrub  steps',
  );
  for (const count of counts) {
    const r = await measure(browser, count);
    console.log(
      [
        String(count).padEnd(9),
        r.ready.toFixed(0).padStart(12),
        spread(r.scrubs).padStart(21),
        spread(r.scriptPerStep).padStart(20),
        `${r.heapAfterLoad.toFixed(0)}/${r.heapAfterScrub.toFixed(0)}`.padStart(19),
        String(r.scrubs.length).padStart(6),
      ].join(' '),
    );
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
