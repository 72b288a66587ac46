#!/usr/bin/env node
// Dateline and TimelineJS side by side in headless Chromium, in one interleaved series (each run
// loads every size with both tools, in turn), with the same probes in both pages
// (bench-probes.mjs): text laid out and visible (a frame's start), text painted (that frame on
// screen, by Element Timing, else at least the first contentful paint: a slow raster keeps a
// laid-out frame off screen), controls live (Dateline's app has rendered its ready story: the
// prerendered page's buttons act from then; TimelineJS: its slide), the longest main-thread task
// from then until loaded (how long a tap could wait), loaded (Dateline: the map
// has drawn every event; TimelineJS:
// its first slide), JS+CSS before the app runs and all bytes until loaded (gzip), long-task time,
// heap after load, and key steps (input → frame; Dateline's time window a day back, TimelineJS's
// next slide), and Dateline's 60 Hz drag of the window's end handle (input → frame per move,
// frames dropped, and as a control the frames the same moves drop with no button down: see
// idleMoves; TimelineJS has no time window to drag). Prints medians, [min–max] and the
// ratio Dateline / TimelineJS.
// Usage: npm run bench [-- --runs 3 --sizes 20,1000,10000,100000 --timelinejs-max 10000
//   --no-build --profile --compare /tmp/other-dist]
//   --compare serves a second Dateline build (another commit) on BENCH_PORT + 1 and interleaves
//   it in the same series: its column and its ratios to TimelineJS are printed beside this one's.
//   --profile writes CPU profiles of one Dateline key step and one drag at the largest size to
//   bench-results/. TimelineJS is left out above --timelinejs-max events: at 10,000 it takes
//   over a minute to show its first slide and half a minute per slide.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { installProbes, heapAfterGc, gzipSizeOf, textPainted } from './bench-probes.mjs';
import { dragSteps, idleMoves, installDragProbes } from './bench-scrub-steps.mjs';
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
const compareDir = option(args, '--compare', '');
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
  if (!shipped) {
    for (const dir of compareDir ? [outDir, compareDir] : [outDir]) {
      mkdirSync(`${dir}/bench`, { recursive: true });
      writeFileSync(`${dir}/bench/${name}.json`, JSON.stringify(story));
    }
  }
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
const compared = compareDir ? await serve(compareDir, port + 1) : undefined;
/** Where each tool's pages are served from: the compared build is a Dateline too. */
const served = {
  dateline: { dir: outDir, base },
  compare: { dir: compareDir, base: compared?.base ?? '' },
  timelinejs: { dir: outDir, base },
};

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
  const dateline = tool !== 'timelinejs';
  const key = dateline ? 'ArrowLeft' : 'ArrowRight';
  if (dateline) await page.getByRole('slider').last().focus();
  for (let i = 0; i < STEPS; i += 1) {
    const frames = await count(page, () => globalThis.benchFrames.length);
    const scrubs = await count(page, () => performance.getEntriesByName('dateline:scrub').length);
    await onStep?.(i, async () => {
      await page.keyboard.press(key);
      await waitFor(page, (n) => globalThis.benchFrames.length > n, frames, 5_000);
      if (dateline)
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
  const { dir, base } = served[tool];
  const dateline = tool !== 'timelinejs';
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
  await page.goto(`${base}${dateline ? kase.dateline : kase.timelinejs}`);
  const loadedMark = dateline ? 'dateline:map-ready' : 'bench:text-visible';
  for (const mark of new Set(['bench:text-visible', loadedMark])) {
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, mark, {
      timeout: 180_000,
    });
  }
  // When the page answers a tap: Dateline's app has rendered its ready story (a prerendered
  // page's controls do nothing until then); TimelineJS's slide is its running app.
  const live = await markTime(page, dateline ? 'dateline:story-visible' : 'bench:text-visible');
  const loaded = await markTime(page, loadedMark);
  const result = {
    text: await markTime(page, 'bench:text-visible'),
    painted: await textPainted(page),
    live,
    // Absent (null) where no still map was drawn: TimelineJS, and stories not prerendered.
    mapStatic: await markTime(page, 'bench:map-static'),
    loaded,
    // The longest a tap could wait once the controls are live, until loaded: Dateline's map
    // engine starts beside its app, and its first tasks hold the main thread (TimelineJS is
    // loaded when it is live, so only a task still running as its slide showed counts).
    blockedLive: await page.evaluate(
      ([from, to]) =>
        Math.max(
          0,
          ...globalThis.benchLongTasks
            .filter(([start, duration]) => start + duration > from && start <= to)
            .map(([, duration]) => duration),
        ),
      [live, Math.max(live, loaded)],
    ),
    bytes: fetched.reduce((sum, url) => sum + gzipSizeOf(dir, base, url), 0),
    longTasks: await page.evaluate(() =>
      globalThis.benchLongTasks.reduce((sum, [, duration]) => sum + duration, 0),
    ),
    heap: await heapAfterGc(page),
  };
  const steps = await stepByKey(page, tool, (index, step) =>
    withProfile && index === STEPS - 1 ? profiled(page, `scrub-key-${kase.size}`, step) : step(),
  );
  // Only Dateline has a time window to drag.
  let drag;
  let idleDropped = Number.NaN;
  if (dateline) {
    // The control for the drag's dropped frames (idleMoves).
    idleDropped = await idleMoves(page, DRAG_MOVES);
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
    idleDropped,
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
  const results = new Map(
    cases.map((kase) => [kase, { dateline: [], compare: [], timelinejs: [] }]),
  );
  const datelines = compareDir ? ['dateline', 'compare'] : ['dateline'];
  const startNote = machineNote();
  const started = Date.now();
  for (let run = 0; run < runs; run += 1) {
    for (const kase of cases) {
      const tools = kase.size > timelineJsMax ? datelines : [...datelines, 'timelinejs'];
      for (const tool of tools) {
        const withProfile = profile && run === 0 && tool === 'dateline' && kase === cases.at(-1);
        results.get(kase)[tool].push(await measure(browser, tool, kase, withProfile));
      }
    }
  }
  await browser.close();
  const staticBytes = {
    dateline: firstLoadBytes(outDir).total,
    compare: compareDir ? firstLoadBytes(compareDir).total : Number.NaN,
    timelinejs: ['js/timeline.js', 'css/timeline.css']
      .map((file) => gzipSizeOf(`${outDir}/bench/timelinejs`, base, `${base}${file}`))
      .reduce((a, b) => a + b, 0),
  };
  const tools = [...datelines, 'timelinejs'];
  const names = { dateline: 'Dateline', compare: 'compared', timelinejs: 'TimelineJS' };
  console.log(
    `\nDateline vs TimelineJS 3.9.11: ${runs} interleaved runs, 1280×800, headless Chromium ` +
      '(software GL), median [min–max], ratio = Dateline / TimelineJS' +
      (compareDir ? `; compared: the build in ${compareDir}, same series` : ''),
  );
  // Each row: a name, the values for one tool, digits, scale (TimelineJS has no time window to
  // drag: its drag rows are n/a).
  const perRun = (pick) => (tool, list) => list.map(pick);
  const rows = [
    ['text laid out, visible (ms)', perRun((r) => r.text), 0, 1],
    ['text painted, on screen (ms)', perRun((r) => r.painted), 0, 1],
    ['controls live, app running (ms)', perRun((r) => r.live), 0, 1],
    ['longest task once live, until loaded (ms)', perRun((r) => r.blockedLive), 0, 1],
    ['map, every event drawn (static) (ms)', perRun((r) => r.mapStatic ?? Number.NaN), 0, 1],
    ['interactive map ready / 1st slide (ms)', perRun((r) => r.loaded), 0, 1],
    ['JS+CSS before the app runs (KB gzip)', (tool) => [staticBytes[tool]], 1, 1024],
    ['all bytes until loaded (KB gzip)', perRun((r) => r.bytes), 0, 1024],
    ['long-task time until loaded (ms)', perRun((r) => r.longTasks), 0, 1],
    ['main-thread heap after load (MB)', perRun((r) => r.heap), 1, 1048576],
    ['key step, input → frame (ms)', perRun((r) => r.frame), 1, 1],
    ['drag move, input → frame (ms)', perRun((r) => r.drag), 1, 1],
    ['frames dropped in a 60-move drag', perRun((r) => r.dropped), 0, 1],
    ['  the same moves, no drag (control)', perRun((r) => r.idleDropped), 0, 1],
    ['script per drag move (ms)', perRun((r) => r.dragScript), 2, 1],
  ];
  for (const kase of cases) {
    const result = results.get(kase);
    const { dateline: d, timelinejs: t } = result;
    const header = tools.map((tool) => names[tool].padStart(24)).join('');
    const ratios = datelines
      .map((tool) => (tool === 'dateline' ? '   ratio' : '  ratio₂'))
      .join('');
    console.log(`\n${kase.label}${''.padEnd(40 - kase.label.length)}${header}${ratios}`);
    if (kase.size > timelineJsMax)
      console.log(`  (TimelineJS not run above ${timelineJsMax} events)`);
    for (const [name, values, digits, scale] of rows) {
      const of = Object.fromEntries(tools.map((tool) => [tool, values(tool, result[tool])]));
      const cells = tools.map((tool) => fmt(of[tool], digits, scale)).join('');
      const ratioCells = datelines.map((tool) => ratio(of[tool], of.timelinejs)).join('');
      console.log(`  ${name.padEnd(38)}${cells}${ratioCells}`);
    }
    const blank = ''.padStart(24 * tools.length);
    const versus = (label, pick) =>
      console.log(
        `  ${label.padEnd(38)}${blank}${datelines
          .map((tool) =>
            ratio(
              result[tool].map(pick),
              t.map((r) => r.loaded),
            ),
          )
          .join('')}`,
      );
    versus('text laid out / TimelineJS 1st slide', (r) => r.text);
    versus('static map / TimelineJS first slide', (r) => r.mapStatic ?? Number.NaN);
    versus('interactive map (WebGL) / first slide', (r) => r.loaded);
    for (const tool of datelines) {
      console.log(
        `  ${`${names[tool]} scrub, input → map drawn (ms)`.padEnd(38)}${fmt(
          result[tool].map((r) => r.scrub),
          1,
        )}`,
      );
    }
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
  compared?.stop();
}
