#!/usr/bin/env node
// Time-window steps on the map, measured in headless Chromium, Dateline only: for each story,
// keyboard steps (input → the map frame that shows the new window, the `dateline:scrub` User
// Timing measure, and the main-thread script time per step from CDP Performance.getMetrics) and
// a 60 Hz drag of the window's end handle (input → frame per move, dropped frames, script per
// move; and the frames the same moves drop with no button down, the control: see idleMoves),
// plus the JS heap in use after load and after scrubbing and the live heap after a full garbage
// collection at the end. Runs interleave the builds and sizes; prints medians [min–max]
// over the runs' step medians (and, for the script per key step, over every step of every run).
// Usage: npm run bench:scrub [-- --counts 1000,10000,100000 --runs 3 --steps 20 --moves 60
//   --port 4605 --dist dir --no-build --compare /tmp/other-dist --profile]
//   --compare serves a second build (another commit) and interleaves it with this one;
//   --profile, after the series, loads each story once more per build and writes a CPU profile
//   of all its key steps and of its drag to bench-results/, printing each per step: the
//   functions and files with the most self time (the app's chunks, the map engine's, the
//   browser's own work).
import { generateStory } from './generate-story.mjs';
import {
  buildApp,
  cdpMetric,
  integers,
  launchChromium,
  machineNote,
  median,
  option,
  profiled,
  serve,
  spread,
  writeBenchStory,
} from './bench-setup.mjs';
import { dragSteps, idleMoves, installDragProbes, keySteps } from './bench-scrub-steps.mjs';
import { heapAfterGc } from './bench-probes.mjs';

const args = process.argv.slice(2);
const outDir = option(args, '--dist', 'dist-bench-scrub');
const compareDir = option(args, '--compare', '');
const port = Number(option(args, '--port', '4605'));
const steps = Number(option(args, '--steps', '20'));
const moves = Number(option(args, '--moves', '60'));
const runs = Number(option(args, '--runs', '1'));
const profile = args.includes('--profile');
const counts = integers(option(args, '--counts', '1000,10000,100000'));
const viewport = { width: 1024, height: 768 };

buildApp(args, outDir);
const builds = [{ name: 'this', dir: outDir, port }];
if (compareDir) builds.push({ name: 'compare', dir: compareDir, port: port + 1 });
const queries = new Map();
for (const count of counts) {
  const story = generateStory(count);
  for (const { dir } of builds)
    queries.set(count, writeBenchStory(dir, `generated-${count}`, story));
}

/** A page with the story of `count` events, its map drawn and settled, and a CDP session. */
async function openStory(browser, base, count) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(installDragProbes);
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  await page.goto(`${base}${queries.get(count)}`);
  await page.waitForFunction(
    () => performance.getEntriesByName('dateline:map-ready').length > 0,
    null,
    { timeout: 300_000 },
  );
  // Let the first frames and the worker settle before measuring steps.
  await page.waitForTimeout(1500);
  return { context, page, session };
}

async function measure(browser, base, count) {
  const { context, page, session } = await openStory(browser, base, count);
  const ready = await page.evaluate(
    () => performance.getEntriesByName('dateline:map-ready')[0]?.startTime ?? NaN,
  );
  const heapAfterLoad = (await cdpMetric(session, 'JSHeapUsedSize')) / 2 ** 20;
  const keys = await keySteps(page, session, steps);
  await page.waitForTimeout(500);
  const drag = await dragSteps(page, session, moves);
  await page.waitForTimeout(500);
  const idleDropped = await idleMoves(page, moves);
  const heapAfterScrub = (await cdpMetric(session, 'JSHeapUsedSize')) / 2 ** 20;
  // What the story keeps alive (issue 8's limit is 150 MB): the heap in use above also holds
  // garbage not yet collected, so it moves with when the collector last ran.
  const liveHeap = (await heapAfterGc(page)) / 2 ** 20;
  await context.close();
  return {
    ready,
    key: median(keys.scrubs),
    keyScript: median(keys.script),
    keyScripts: keys.script,
    keySeen: keys.scrubs.length,
    keyFrames: keys.mapFrames,
    drag: median(drag.frames),
    dragP90: drag.frames.sort((a, b) => a - b)[Math.floor(drag.frames.length * 0.9)] ?? NaN,
    dropped: drag.dropped,
    idleDropped,
    dragScript: drag.scriptPerMove,
    dragFrames: drag.mapFramesPerMove,
    rate: drag.rate,
    heapAfterLoad,
    heapAfterScrub,
    liveHeap,
  };
}

const servers = [];
try {
  for (const build of builds) servers.push({ ...build, ...(await serve(build.dir, build.port)) });
  const browser = await launchChromium();
  console.log(
    `Dateline scrub bench: ${runs} run(s), ${steps} key steps and a ${moves}-move drag per story, ` +
      `${viewport.width}x${viewport.height}, headless Chromium ${browser.version()} (SwiftShader ` +
      `software GL); at the start: ${machineNote()}`,
  );
  const results = new Map();
  const started = Date.now();
  for (let run = 0; run < runs; run += 1) {
    for (const count of counts) {
      for (const server of servers) {
        const key = `${server.name} ${count}`;
        const result = await measure(browser, server.base, count);
        results.set(key, [...(results.get(key) ?? []), result]);
        console.log(
          `  run ${run + 1} ${key}: key ${result.key.toFixed(1)} ms, drag ${result.drag.toFixed(1)} ms`,
        );
      }
    }
  }
  // Profiled in loads of their own, after the series: the profiler slows what it watches, and
  // its figures would have entered the medians above. Every step is profiled, not one: a single
  // step of a few milliseconds held too few samples to say where its time went.
  if (profile) {
    for (const count of counts) {
      for (const server of servers) {
        const { context, page, session } = await openStory(browser, server.base, count);
        const name = `${server.name}-${count}`;
        console.log(`\n${name}: ${steps} key steps, profiled`);
        await profiled(page, `scrub-key-${name}`, () => keySteps(page, session, steps), steps);
        await page.waitForTimeout(500);
        console.log(`\n${name}: a ${moves}-move drag, profiled`);
        await profiled(page, `scrub-drag-${name}`, () => dragSteps(page, session, moves), moves);
        await context.close();
      }
    }
  }
  await browser.close();
  console.log(
    `\nat the end: ${machineNote()}; took ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  const rows = [
    ['map ready (ms)', 'ready', 0],
    ['key step, input → map frame (ms)', 'key', 1],
    ['  script per key step (ms)', 'keyScript', 1],
    ['  script per key step, every step (ms)', 'keyScripts', 1, 'pooled'],
    ['  map frames per key step, every step', 'keyFrames', 0, 'pooled'],
    ['drag move, input → frame (ms)', 'drag', 1],
    ['  90th percentile per run (ms)', 'dragP90', 1],
    ['  frames dropped while dragging', 'dropped', 0],
    ['  the same moves, no drag (control)', 'idleDropped', 0],
    ['  script per move (ms)', 'dragScript', 2],
    ['  map frames per move', 'dragFrames', 2],
    ['  moves sent per second', 'rate', 0],
    ['heap in use after load (MB)', 'heapAfterLoad', 0],
    ['heap in use after scrubbing (MB)', 'heapAfterScrub', 0],
    ['live heap after scrubbing, full GC (MB)', 'liveHeap', 0],
  ];
  for (const count of counts) {
    console.log(
      `\n${count.toLocaleString('en')} events`.padEnd(42) +
        servers.map((server) => server.name.padStart(26)).join(''),
    );
    for (const [label, field, digits, pooled] of rows) {
      const cells = servers.map((server) => {
        const runs = results.get(`${server.name} ${count}`) ?? [];
        // Pooled rows spread over every step of every run; the others over the runs' medians.
        const values = pooled ? runs.flatMap((result) => result[field]) : runs.map((r) => r[field]);
        return spread(values, digits).padStart(26);
      });
      console.log(`  ${label.padEnd(40)}${cells.join('')}`);
    }
  }
} finally {
  for (const server of servers) server.stop();
}
