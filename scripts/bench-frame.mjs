#!/usr/bin/env node
// The cost of one full map frame in headless Chromium (SwiftShader software GL), Dateline only:
// for the 20-event CSTO story at each viewport, the time until `dateline:map-ready` and the frames
// MapLibre drew until then, then forced frames at rest, each timed from the map's render call to
// a one-pixel readPixels that waits for the GPU to finish it (script = the render call alone).
// With --layers, the same frames with one group of layers hidden at a time (each basemap layer,
// and the story's own layers together), so the difference says what each layer costs.
// Builds (this one and --compare) and viewports are interleaved in one series, so a busy machine
// slows all of them alike. Prints medians [min–max] over runs of each run's median.
// Usage: npm run bench:frame [-- --runs 3 --frames 12 --port 4605 --dist dir --no-build
//   --compare /tmp/other-dist --query '?story=csto-2021' --sizes 1024x768,1920x1080 --layers --trace]
/* global window */
import { readdirSync, readFileSync } from 'node:fs';
import { installFrameProbes } from './bench-frame-probe.mjs';
import {
  buildApp,
  launchChromium,
  machineNote,
  median,
  option,
  serve,
  spread,
} from './bench-setup.mjs';

const args = process.argv.slice(2);
const outDir = option(args, '--dist', 'dist-bench-frame');
const compareDir = option(args, '--compare', '');
const port = Number(option(args, '--port', '4605'));
const runs = Number(option(args, '--runs', '3'));
const frames = Number(option(args, '--frames', '12'));
const query = option(args, '--query', '?story=csto-2021');
const withLayers = args.includes('--layers');
const viewports = option(args, '--sizes', '1024x768,1920x1080')
  .split(',')
  .map((size) => size.split('x').map(Number))
  .filter(([width, height]) => width > 0 && height > 0)
  .map(([width, height]) => ({ width, height }));

buildApp(args, outDir);
const builds = [{ name: 'this', dir: outDir, port }];
if (compareDir) builds.push({ name: 'compare', dir: compareDir, port: port + 1 });

/** The basemap's layers one by one; everything else (the story's layers) as one group. */
function layerGroups(layers) {
  const basemap = layers.filter(([, source]) => source === 'basemap' || source === 'background');
  const story = layers.filter((layer) => !basemap.includes(layer)).map(([id]) => id);
  return [
    ...basemap.map(([id]) => [id, [id]]),
    ['(story layers)', story],
    ['(whole basemap)', basemap.map(([id]) => id)],
  ];
}

/**
 * CPU time (ms) used so far by this benchmark's Chromium processes, from /proc: software GL
 * draws on the CPU, so a frame's CPU time is its cost, and unlike its wall time it barely grows
 * when other work on the shared machine takes turns on the cores.
 */
function chromiumCpuMs() {
  const tick = 1000 / 100; // USER_HZ
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const comm = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
        const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
        return [
          { pid: Number(pid), comm, ppid: Number(fields[1]), cpu: +fields[11] + +fields[12] },
        ];
      } catch {
        return []; // it ended meanwhile
      }
    });
  const ours = new Set([process.pid]);
  for (let grown = true; grown;) {
    grown = false;
    for (const stat of stats)
      if (!ours.has(stat.pid) && ours.has(stat.ppid)) {
        ours.add(stat.pid);
        grown = true;
      }
  }
  return stats
    .filter((stat) => ours.has(stat.pid) && /chrom/i.test(stat.comm))
    .reduce((sum, stat) => sum + stat.cpu * tick, 0);
}

/** `count` forced frames with `ids` hidden: their wall times and their CPU ms per frame. */
async function framesWith(page, ids, count) {
  if (ids.length) await page.evaluate((ids) => window.benchFrame.hide(ids, true), ids);
  const before = chromiumCpuMs();
  const times = await page.evaluate((count) => window.benchFrame.frames(count), count);
  const cpu = (chromiumCpuMs() - before) / count;
  if (ids.length) await page.evaluate((ids) => window.benchFrame.hide(ids, false), ids);
  return { times, cpu };
}

async function measure(browser, base, viewport) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(installFrameProbes);
  const page = await context.newPage();
  await page.goto(`${base}${query}`);
  await page.waitForFunction(
    () => performance.getEntriesByName('dateline:map-ready').length > 0,
    null,
    { timeout: 120_000 },
  );
  const ready = await page.evaluate(
    () => performance.getEntriesByName('dateline:map-ready')[0]?.startTime ?? Number.NaN,
  );
  // Frames drawn until ready (the render handler runs before the idle event that sets the mark).
  const loadFrames = await page.evaluate(() => window.benchFrame.renders);
  if (args.includes('--trace'))
    console.log(
      `  frames until ready: ${await page.evaluate(() => window.benchFrame.trace.join(', '))}`,
    );
  await page.waitForTimeout(1500);
  const settleFrames = (await page.evaluate(() => window.benchFrame.renders)) - loadFrames;
  const layers = await page.evaluate(() => window.benchFrame.layers());
  const groups = [['all', []], ...(withLayers ? layerGroups(layers) : [])];
  // Groups take turns a few frames at a time, so a burst of load falls on all of them alike.
  const chunk = 3;
  const samples = new Map();
  for (let done = 0; done < frames; done += chunk)
    for (const [name, ids] of groups)
      samples.set(name, [...(samples.get(name) ?? []), await framesWith(page, ids, chunk)]);
  const paced = await page.evaluate(() => window.benchFrame.paced(3000));
  await context.close();
  const medians = Object.fromEntries(
    [...samples].map(([name, list]) => {
      const times = list.flatMap((sample) => sample.times);
      return [
        name,
        {
          total: median(times.map((t) => t.total)),
          script: median(times.map((t) => t.script)),
          cpu: median(list.map((sample) => sample.cpu)),
        },
      ];
    }),
  );
  return { ready, loadFrames, settleFrames, medians, paced };
}

const servers = [];
try {
  for (const build of builds) servers.push({ ...build, ...(await serve(build.dir, build.port)) });
  const browser = await launchChromium();
  console.log(
    `Dateline frame bench: ${query}, ${runs} run(s), ${frames} forced frames per case, headless ` +
      `Chromium ${browser.version()} (SwiftShader software GL); at the start: ${machineNote()}`,
  );
  const results = new Map();
  const started = Date.now();
  for (let run = 0; run < runs; run += 1) {
    for (const viewport of viewports) {
      for (const server of servers) {
        const key = `${server.name} ${viewport.width}x${viewport.height}`;
        const result = await measure(browser, server.base, viewport);
        results.set(key, [...(results.get(key) ?? []), result]);
        console.log(
          `  run ${run + 1} ${key}: frame ${result.medians.all.total.toFixed(1)} ms, ready ` +
            `${result.ready.toFixed(0)} ms after ${result.loadFrames} frames`,
        );
      }
    }
  }
  await browser.close();
  console.log(
    `\nat the end: ${machineNote()}; took ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  const column = (text) => text.padStart(24);
  for (const viewport of viewports) {
    const size = `${viewport.width}x${viewport.height}`;
    const per = (server) => results.get(`${server.name} ${size}`) ?? [];
    console.log(`\n${size}`.padEnd(44) + servers.map((server) => column(server.name)).join(''));
    const row = (label, pick, digits = 1) =>
      console.log(
        `  ${label.padEnd(42)}${servers.map((s) => column(spread(per(s).map(pick), digits))).join('')}`,
      );
    row('full frame, render + GPU finish (ms)', (r) => r.medians.all.total);
    row('  CPU time per frame, all processes (ms)', (r) => r.medians.all.cpu);
    row('  of it the render call (ms)', (r) => r.medians.all.script);
    row('repainting without pause, ms per frame', (r) => r.paced);
    row('map ready (ms)', (r) => r.ready, 0);
    row('frames drawn until ready', (r) => r.loadFrames, 0);
    row('frames in the 1.5 s after ready', (r) => r.settleFrames, 0);
    if (!withLayers) continue;
    const names = Object.keys(per(servers[0])[0]?.medians ?? {}).filter((name) => name !== 'all');
    console.log('  saved by hiding (all - hidden), CPU ms per frame, then wall ms:');
    for (const name of names) {
      row(`    ${name}`, (r) => r.medians.all.cpu - (r.medians[name]?.cpu ?? Number.NaN));
      row(`      wall`, (r) => r.medians.all.total - (r.medians[name]?.total ?? Number.NaN));
    }
  }
} finally {
  for (const server of servers) server.stop();
}
