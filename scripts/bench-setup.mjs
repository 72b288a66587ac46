// What every browser benchmark (bench.mjs, bench-scrub.mjs) sets up the same way: its options,
// a build in its own folder, generated stories, a `vite preview` server, headless Chromium,
// medians with their spread, and a CPU profile of one step with its top self-time functions.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, MISSING_CHROMIUM } from './chromium.mjs';
import { SAMPLE_US, selfTimeByFile, topSelfTime } from './cpu-profile.mjs';

/** `--name value` from the command line, or the fallback. */
export function option(args, name, fallback) {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
}

/** A comma-separated list of positive integers (`--sizes 20,1000`). */
export function integers(text) {
  return text
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** Builds the app into `outDir` (unless `--no-build`); exits when the build fails. */
export function buildApp(args, outDir) {
  if (args.includes('--no-build')) return;
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(1);
}

/** Writes `story` to `<outDir>/bench/<name>.json` and returns its `?story=` query. */
export function writeBenchStory(outDir, name, story) {
  mkdirSync(`${outDir}/bench`, { recursive: true });
  writeFileSync(`${outDir}/bench/${name}.json`, JSON.stringify(story));
  return `?story=${encodeURIComponent(`bench/${name}.json`)}`;
}

/** One of CDP's Performance.getMetrics values (ScriptDuration, JSHeapUsedSize…), or 0. */
export async function cdpMetric(session, name) {
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((entry) => entry.name === name)?.value ?? 0;
}

/** True when something already answers on the address. */
async function answers(base) {
  try {
    await fetch(base);
    return true;
  } catch {
    return false;
  }
}

/**
 * Serves `outDir` on 127.0.0.1:`port`; resolves once it answers. `stop()` ends it. A port that
 * another server already holds is refused: its pages would be measured as this build's (on a
 * shared machine another benchmark's `--port` + 1 may be ours).
 */
export async function serve(outDir, port) {
  const base = `http://127.0.0.1:${port}/`;
  if (await answers(base)) throw new Error(`port ${port} is already served; choose another --port`);
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
  let exited = false;
  server.on('exit', () => {
    exited = true;
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // it has already stopped
    }
  };
  for (let i = 0; i < 150 && !exited; i += 1) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      /* not yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`vite preview did not start on port ${port}`);
}

/** Headless Chromium with software WebGL; exits with a message when there is none. */
export async function launchChromium() {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.error(MISSING_CHROMIUM);
    process.exit(1);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}

/** One line describing the machine as the series starts: cores and load average. */
export function machineNote() {
  const [one, five] = loadavg();
  return `${cpus().length} CPU cores, load average ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min)`;
}

export const sorted = (values) => values.filter(Number.isFinite).sort((a, b) => a - b);

export function median(values) {
  const list = sorted(values);
  if (list.length === 0) return Number.NaN;
  const mid = Math.floor(list.length / 2);
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
}

/** "median [min–max]" of the values divided by `scale`, or "n/a". */
export function spread(values, digits = 1, scale = 1) {
  const list = sorted(values).map((value) => value / scale);
  if (list.length === 0) return 'n/a';
  const f = (value) => value.toFixed(digits);
  return `${f(median(list))} [${f(list[0])}–${f(list.at(-1))}]`;
}

/**
 * Runs `step` under the CDP sampling profiler, writes the profile to bench-results/`name`
 * .cpuprofile and prints its top self-time functions and files, divided by `per` when the step
 * is `per` steps (each figure then per step).
 */
export async function profiled(page, name, step, per = 1) {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await session.send('Profiler.start');
  await step();
  const { profile: cpu } = await session.send('Profiler.stop');
  await session.detach();
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/${name}.cpuprofile`;
  writeFileSync(file, JSON.stringify(cpu));
  const each = per > 1 ? `, per step (${per} steps)` : '';
  console.log(`\nCPU profile written to ${file}; most self time${each}:`);
  for (const line of topSelfTime(cpu, 12, per)) console.log(line);
  console.log(`by file${each}:`);
  for (const line of selfTimeByFile(cpu, 8, per)) console.log(line);
}
