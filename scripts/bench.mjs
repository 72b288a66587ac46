#!/usr/bin/env node
// Dateline and TimelineJS side by side in headless Chromium, in one interleaved series (each run
// loads every size with both tools, in turn), with the same probes in both pages
// (bench-probes.mjs): text visible, loaded (Dateline: the map has drawn every event; TimelineJS:
// its first slide), JS+CSS before the app runs and all bytes until loaded (gzip), long-task time,
// heap after load, and key steps (input → frame; Dateline's time window a day back, TimelineJS's
// next slide). Prints medians, [min–max] and the ratio Dateline / TimelineJS.
// Usage: npm run bench [-- --runs 3 --sizes 20,1000,10000 --no-build --profile]
//   --profile writes a CPU profile of one Dateline scrub step at the largest size to bench-results/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { installProbes, heapAfterGc, gzipSizeOf } from './bench-probes.mjs';
import { toTimelineJs, writeTimelineJsPage } from './bench-timelinejs.mjs';
import { CHROMIUM_FLAGS, chromiumPath, MISSING_CHROMIUM } from './chromium.mjs';
import { firstLoadBytes } from './first-load.mjs';
import { generateStory } from './generate-story.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback;
const runs = Number(option('--runs', '3')) || 3;
const sizes = option('--sizes', '20,1000,10000').split(',').map(Number);
const profile = args.includes('--profile');
const STEPS = 20;
const port = Number(process.env.BENCH_PORT ?? 4319);
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

// The cases: 20 is the shipped CSTO story (19 events; its first view is in index.html), larger
// sizes are generated. TimelineJS gets the same events, converted.
mkdirSync(`${outDir}/bench`, { recursive: true });
writeTimelineJsPage(`${outDir}/bench`);
const cases = sizes.map((size) => {
  const shipped = size <= 20;
  const story = shipped
    ? JSON.parse(readFileSync('public/stories/csto-2021.json', 'utf8'))
    : generateStory(size);
  const name = shipped ? 'csto-2021' : `generated-${size}`;
  if (!shipped) writeFileSync(`${outDir}/bench/${name}.json`, JSON.stringify(story));
  writeFileSync(`${outDir}/bench/tl-${name}.json`, JSON.stringify(toTimelineJs(story)));
  return {
    label: shipped
      ? `${story.events.length} events (CSTO story)`
      : `${size.toLocaleString('en')} events`,
    size,
    title: story.title,
    // What the still map marks: the events with a place (all of them in the first window).
    marks: story.events.filter((event) => event.place !== undefined).length,
    dateline: shipped ? '' : `?story=${encodeURIComponent(`bench/${name}.json`)}`,
    timelinejs: `bench/timelinejs.html?data=${encodeURIComponent(`tl-${name}.json`)}`,
  };
});

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
  { stdio: 'ignore', detached: true },
);
const base = `http://127.0.0.1:${port}/`;

const sorted = (values) => values.filter(Number.isFinite).sort((a, b) => a - b);
const median = (values) => {
  const list = sorted(values);
  if (list.length === 0) return Number.NaN;
  const mid = Math.floor(list.length / 2);
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
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
const count = (page, expression) => page.evaluate(expression);
const waitFor = (page, fn, arg, timeout) =>
  page.waitForFunction(fn, arg, { timeout }).then(
    () => true,
    () => false,
  );

/** Presses `key` STEPS times, each after the frame of the one before; Dateline also waits for its map. */
async function stepByKey(page, tool, onStep) {
  const key = tool === 'dateline' ? 'ArrowLeft' : 'ArrowRight';
  if (tool === 'dateline') await page.getByRole('slider').last().focus();
  for (let i = 0; i < STEPS; i += 1) {
    const frames = await count(page, () => globalThis.benchFrames.length);
    const scrubs = await count(page, () => performance.getEntriesByName('dateline:scrub').length);
    await onStep?.(i, async () => {
      await page.keyboard.press(key);
      await waitFor(page, (n) => globalThis.benchFrames.length > n, frames, 5_000);
      if (tool === 'dateline')
        await waitFor(
          page,
          (n) => performance.getEntriesByName('dateline:scrub').length > n,
          scrubs,
          5_000,
        );
      // TimelineJS animates to the next slide: let it arrive before the next key.
      else await page.waitForTimeout(150);
    });
  }
  return page.evaluate(() => ({
    frames: globalThis.benchFrames,
    scrubs: performance.getEntriesByName('dateline:scrub').map((entry) => entry.duration),
    moved: globalThis.timeline
      ? globalThis.timeline._getSlideIndex(globalThis.timeline.current_id)
      : null,
  }));
}

/** One load of one case by one tool, with its key steps. */
async function measure(browser, tool, kase, withProfile) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Offline for both: TimelineJS asks for web fonts on other sites, which must not count.
  await context.route(
    (url) => !url.href.startsWith(base),
    (route) => route.abort(),
  );
  await context.addInitScript(installProbes, { title: kase.title, marks: kase.marks });
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (request) => fetched.push(request.url()));
  await page.goto(`${base}${tool === 'dateline' ? kase.dateline : kase.timelinejs}`);
  const loadedMark = tool === 'dateline' ? 'dateline:map-ready' : 'bench:text-visible';
  for (const mark of new Set(['bench:text-visible', loadedMark])) {
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, mark, {
      timeout: 180_000,
    });
  }
  const result = {
    text: await markTime(page, 'bench:text-visible'),
    // Absent (null) where no still map was drawn: TimelineJS, and stories not prerendered.
    mapStatic: await markTime(page, 'bench:map-static'),
    loaded: await markTime(page, loadedMark),
    bytes: fetched.reduce((sum, url) => sum + gzipSizeOf(outDir, base, url), 0),
    longTasks: await page.evaluate(() => globalThis.benchLongTasks.reduce((a, b) => a + b, 0)),
    heap: await heapAfterGc(page),
  };
  const steps = await stepByKey(page, tool, async (index, step) => {
    if (!withProfile || index !== STEPS - 1) return step();
    const session = await context.newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    await step();
    const { profile: cpu } = await session.send('Profiler.stop');
    mkdirSync('bench-results', { recursive: true });
    const file = `bench-results/scrub-${kase.size}.cpuprofile`;
    writeFileSync(file, JSON.stringify(cpu));
    printProfile(file, cpu);
  });
  await context.close();
  return {
    ...result,
    frame: median(steps.frames),
    scrub: median(steps.scrubs),
    moved: steps.moved,
    stepCount: steps.frames.length,
  };
}

/** The functions with the most self time in a CPU profile. */
function printProfile(file, cpu) {
  const self = new Map();
  const interval = (cpu.endTime - cpu.startTime) / 1000 / Math.max(1, cpu.samples.length);
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  for (const id of cpu.samples) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + interval);
  }
  console.log(`\nCPU profile of one scrub step written to ${file}; most self time:`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 10))
    console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

const fmt = (values, digits, scale = 1) => {
  const list = sorted(values).map((value) => value / scale);
  if (list.length === 0) return 'n/a'.padStart(24);
  const mid = median(list);
  return `${mid.toFixed(digits)} [${list[0].toFixed(digits)}–${list.at(-1).toFixed(digits)}]`.padStart(
    24,
  );
};
const ratio = (a, b) => {
  const value = median(a) / median(b);
  return Number.isFinite(value) ? `${value.toFixed(2)}×`.padStart(8) : 'n/a'.padStart(8);
};

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  const results = new Map(cases.map((kase) => [kase, { dateline: [], timelinejs: [] }]));
  for (let run = 0; run < runs; run += 1) {
    for (const kase of cases) {
      for (const tool of ['dateline', 'timelinejs']) {
        const withProfile = profile && run === 0 && tool === 'dateline' && kase === cases.at(-1);
        results.get(kase)[tool].push(await measure(browser, tool, kase, withProfile));
      }
    }
  }
  await browser.close();
  const staticBytes = {
    dateline: firstLoadBytes(outDir).total,
    timelinejs: ['js/timeline.js', 'css/timeline.css']
      .map((file) => gzipSizeOf(`${outDir}/bench/timelinejs`, base, `${base}${file}`))
      .reduce((a, b) => a + b, 0),
  };
  console.log(
    `\nDateline vs TimelineJS 3.9.11: ${runs} interleaved runs, 1280×800, headless Chromium ` +
      '(software GL), median [min–max], ratio = Dateline / TimelineJS',
  );
  for (const kase of cases) {
    const { dateline: d, timelinejs: t } = results.get(kase);
    const rows = [
      ['text visible (ms)', d.map((r) => r.text), t.map((r) => r.text), 0, 1],
      [
        'map, every event drawn (static) (ms)',
        d.map((r) => r.mapStatic ?? Number.NaN),
        t.map((r) => r.mapStatic ?? Number.NaN),
        0,
        1,
      ],
      [
        'interactive map ready / 1st slide (ms)',
        d.map((r) => r.loaded),
        t.map((r) => r.loaded),
        0,
        1,
      ],
      [
        'JS+CSS before the app runs (KB gzip)',
        [staticBytes.dateline],
        [staticBytes.timelinejs],
        1,
        1024,
      ],
      ['all bytes until loaded (KB gzip)', d.map((r) => r.bytes), t.map((r) => r.bytes), 0, 1024],
      [
        'long-task time until loaded (ms)',
        d.map((r) => r.longTasks),
        t.map((r) => r.longTasks),
        0,
        1,
      ],
      ['main-thread heap after load (MB)', d.map((r) => r.heap), t.map((r) => r.heap), 1, 1048576],
      ['key step, input → frame (ms)', d.map((r) => r.frame), t.map((r) => r.frame), 1, 1],
    ];
    console.log(
      `\n${kase.label}${''.padEnd(40 - kase.label.length)}${'Dateline'.padStart(24)}${'TimelineJS'.padStart(24)}   ratio`,
    );
    for (const [name, a, b, digits, scale] of rows) {
      console.log(
        `  ${name.padEnd(38)}${fmt(a, digits, scale)}${fmt(b, digits, scale)}${ratio(a, b)}`,
      );
    }
    console.log(
      `  ${'text / TimelineJS first slide'.padEnd(38)}${''.padStart(48)}${ratio(
        d.map((r) => r.text),
        t.map((r) => r.loaded),
      )}`,
    );
    console.log(
      `  ${'static map / TimelineJS first slide'.padEnd(38)}${''.padStart(48)}${ratio(
        d.map((r) => r.mapStatic ?? Number.NaN),
        t.map((r) => r.loaded),
      )}`,
    );
    console.log(
      `  ${'interactive map (WebGL) / first slide'.padEnd(38)}${''.padStart(48)}${ratio(
        d.map((r) => r.loaded),
        t.map((r) => r.loaded),
      )}`,
    );
    console.log(
      `  ${'Dateline scrub, input → map drawn (ms)'.padEnd(38)}${fmt(
        d.map((r) => r.scrub),
        1,
      )}`,
    );
    console.log(
      `  steps seen per run: Dateline ${median(d.map((r) => r.stepCount))}, TimelineJS ${median(t.map((r) => r.stepCount))} (slide reached: ${median(t.map((r) => r.moved))})`,
    );
  }
} finally {
  try {
    process.kill(-server.pid);
  } catch {
    // the server has already stopped
  }
}
