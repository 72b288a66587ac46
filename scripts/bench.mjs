#!/usr/bin/env node
// Dateline and TimelineJS side by side in headless Chromium, in one interleaved series (each run
// loads every size with both tools, in turn), with the same probes in both pages
// (bench-probes.mjs): text visible, loaded (Dateline: the map has drawn every event; TimelineJS:
// its first slide), JS+CSS before the app runs and all bytes until loaded (gzip), long-task time,
// heap after load, and key steps (input → frame; Dateline's time window a day back, TimelineJS's
// next slide), and Dateline's 60 Hz drag of the window's end handle (input → frame per move,
// frames dropped; TimelineJS has no time window to drag). Prints medians, [min–max] and the
// ratio Dateline / TimelineJS.
// Usage: npm run bench [-- --runs 3 --sizes 20,1000,10000,100000 --timelinejs-max 10000
//   --no-build --profile]
//   --profile writes CPU profiles of one Dateline key step and one drag at the largest size to
//   bench-results/. TimelineJS is left out above --timelinejs-max events: at 10,000 it takes
//   over a minute to show its first slide and half a minute per slide.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { installProbes, heapAfterGc, gzipSizeOf } from './bench-probes.mjs';
import { dragSteps, installDragProbes } from './bench-scrub-steps.mjs';
import {
  buildApp,
  integers,
  launchChromium,
  machineNote,
  median,
  option,
  profiled,
  serve,
  sorted,
} from './bench-setup.mjs';
import { toTimelineJs, writeTimelineJsPage } from './bench-timelinejs.mjs';
import { firstLoadBytes } from './first-load.mjs';
import { generateStory } from './generate-story.mjs';

const args = process.argv.slice(2);
const runs = Number(option(args, '--runs', '3')) || 3;
const sizes = integers(option(args, '--sizes', '20,1000,10000,100000'));
const timelineJsMax = Number(option(args, '--timelinejs-max', '10000'));
const profile = args.includes('--profile');
const STEPS = 20;
const DRAG_MOVES = 60;
const port = Number(process.env.BENCH_PORT ?? 4319);
// Its own build folder, so a benchmark never races a test run over dist/.
const outDir = 'dist-bench';

buildApp(args, outDir);

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
  if (size <= timelineJsMax)
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

const { base, stop } = await serve(outDir, port);

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
  await context.addInitScript(installDragProbes);
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
  const steps = await stepByKey(page, tool, (index, step) =>
    withProfile && index === STEPS - 1 ? profiled(page, `scrub-key-${kase.size}`, step) : step(),
  );
  // Only Dateline has a time window to drag.
  let drag;
  if (tool === 'dateline') {
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    const run = async () => {
      drag = await dragSteps(page, session, DRAG_MOVES);
    };
    await (withProfile ? profiled(page, `scrub-drag-${kase.size}`, run) : run());
  }
  await context.close();
  return {
    ...result,
    frame: median(steps.frames),
    scrub: median(steps.scrubs),
    moved: steps.moved,
    stepCount: steps.frames.length,
    drag: drag ? median(drag.frames) : Number.NaN,
    dropped: drag?.dropped ?? Number.NaN,
    dragScript: drag?.scriptPerMove ?? Number.NaN,
  };
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
  const browser = await launchChromium();
  const results = new Map(cases.map((kase) => [kase, { dateline: [], timelinejs: [] }]));
  const startNote = machineNote();
  const started = Date.now();
  for (let run = 0; run < runs; run += 1) {
    for (const kase of cases) {
      for (const tool of kase.size > timelineJsMax ? ['dateline'] : ['dateline', 'timelinejs']) {
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
      // TimelineJS has no time window: nothing to drag.
      ['drag move, input → frame (ms)', d.map((r) => r.drag), [], 1, 1],
      ['frames dropped in a 60-move drag', d.map((r) => r.dropped), [], 0, 1],
      ['script per drag move (ms)', d.map((r) => r.dragScript), [], 2, 1],
    ];
    console.log(
      `\n${kase.label}${''.padEnd(40 - kase.label.length)}${'Dateline'.padStart(24)}${'TimelineJS'.padStart(24)}   ratio`,
    );
    if (kase.size > timelineJsMax)
      console.log(`  (TimelineJS not run above ${timelineJsMax} events)`);
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
  console.log(
    `\nSeries took ${((Date.now() - started) / 60_000).toFixed(1)} min; at its start: ${startNote}; ` +
      `at its end: ${machineNote()}`,
  );
} finally {
  stop();
}
