#!/usr/bin/env node
// A big story's first view, Dateline only, in headless Chromium: how long until the story's
// title is visible (the same probe as `npm run bench`; a big story's title shows while its events
// are still checked), until the story is listed (`dateline:story-visible`: the story loaded, its
// title and events list shown), and the main thread's long tasks while
// that first view builds: the longest, their total, and how many, until the text shows and until
// the map has drawn every event (`dateline:map-ready`). Builds (this one and any --compare) and
// sizes are interleaved in one series, so a busy machine slows all of them alike.
// Usage: npm run bench:first-view [-- --sizes 20,1000,10000,100000 --runs 3 --port 4603
//   --dist dir --no-build --compare [name=]/tmp/other-dist,... --profile]
//   --profile writes a CPU profile of each build's first load at the largest size to
//   bench-results/first-view-<build>-<size>.cpuprofile and prints its top self-time functions
//   and the longest tasks with what ran in them.
/* global window */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { installProbes } from './bench-probes.mjs';
import { topSelfTime } from './cpu-profile.mjs';
import {
  buildApp,
  integers,
  launchChromium,
  machineNote,
  option,
  serve,
  spread,
  writeBenchStory,
} from './bench-setup.mjs';
import { generateStory } from './generate-story.mjs';

const args = process.argv.slice(2);
const outDir = option(args, '--dist', 'dist-bench-first-view');
const port = Number(option(args, '--port', '4603'));
const runs = Number(option(args, '--runs', '3'));
const sizes = integers(option(args, '--sizes', '1000,10000,100000'));
const profile = args.includes('--profile');
// name=dir, or a bare dir (named "compared", as `npm run bench -- --compare` takes it): an entry
// dropped here would leave the series without its comparison and say nothing.
const compare = option(args, '--compare', '')
  .split(',')
  .filter((entry) => entry !== '')
  .map((entry) => {
    const at = entry.indexOf('=');
    return at < 0 ? ['compared', entry] : [entry.slice(0, at), entry.slice(at + 1)];
  });
const viewport = { width: 1024, height: 768 };

buildApp(args, outDir);
const builds = [{ name: 'this', dir: outDir }, ...compare.map(([name, dir]) => ({ name, dir }))];
// 20 or fewer: the shipped default story (its first view is in index.html); larger sizes are
// generated and opened by link.
const cases = new Map();
for (const size of sizes) {
  if (size <= 20) {
    const story = JSON.parse(readFileSync('public/stories/csto-2021.json', 'utf8'));
    const marks = story.events.filter((event) => event.place !== undefined).length;
    cases.set(size, { title: story.title, marks, query: '' });
    continue;
  }
  const story = generateStory(size);
  for (const { dir } of builds)
    cases.set(size, {
      title: story.title,
      marks: size,
      query: writeBenchStory(dir, `generated-${size}`, story),
    });
}

/** Runs in the page: every long task with its start, for the totals up to each mark. */
function installLongTaskLog() {
  const tasks = [];
  Object.assign(window, { benchTaskLog: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The long tasks that began before `until` ms: longest, total and count. */
function tasksBefore(tasks, until) {
  const before = tasks.filter((task) => task.start < until);
  return {
    longest: Math.max(0, ...before.map((task) => task.duration)),
    total: before.reduce((sum, task) => sum + task.duration, 0),
    count: before.length,
  };
}

/**
 * Each long task the page reported (its own start and duration), longest first, with the
 * functions that took most of the self time sampled inside it. The profile's clock is mapped to
 * the page's by `profileStart`: the page time (ms since its time origin) at which the profile
 * began, taken from the wall clock on both sides (a few ms off at most, well under a long task).
 */
function longestTasks(cpu, tasks, profileStart, limit = 10) {
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  const samples = [];
  let at = cpu.startTime;
  cpu.samples.forEach((id, index) => {
    at += cpu.timeDeltas[index] ?? 0;
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const ms = (cpu.timeDeltas[index + 1] ?? 0) / 1000;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    samples.push({ time: profileStart + (at - cpu.startTime) / 1000, ms, name });
  });
  return [...tasks]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, limit)
    .map((task) => {
      const self = new Map();
      for (const sample of samples) {
        if (sample.time < task.start || sample.time > task.start + task.duration) continue;
        if (sample.name.startsWith('(idle)')) continue;
        self.set(sample.name, (self.get(sample.name) ?? 0) + sample.ms);
      }
      const top = [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([name, ms]) => `${name} ${ms.toFixed(0)}`);
      const head = `${task.duration.toFixed(0).padStart(6)} ms at ${task.start.toFixed(0)}`;
      return `  ${head}: ${top.join(', ')}`;
    });
}

async function measure(browser, base, build, size, withProfile) {
  const context = await browser.newContext({ viewport });
  const { title, marks, query } = cases.get(size);
  await context.addInitScript(installProbes, { title, marks });
  await context.addInitScript(installLongTaskLog);
  const page = await context.newPage();
  let session;
  if (withProfile) {
    session = await context.newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 500 });
    await session.send('Profiler.start');
  }
  const profileStartedAt = Date.now();
  await page.goto(`${base}${query}`);
  const wait = (mark) =>
    page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, mark, {
      timeout: 240_000,
    });
  await wait('bench:text-visible');
  await wait('dateline:map-ready');
  const times = await page.evaluate(() => ({
    text: performance.getEntriesByName('bench:text-visible')[0]?.startTime ?? Number.NaN,
    story: performance.getEntriesByName('dateline:story-visible')[0]?.startTime ?? Number.NaN,
    map: performance.getEntriesByName('dateline:map-ready')[0]?.startTime ?? Number.NaN,
  }));
  // Long tasks are reported a little after they end: give the last ones time to arrive.
  await page.waitForTimeout(300);
  const tasks = await page.evaluate(() => globalThis.benchTaskLog);
  if (session) {
    const { profile: cpu } = await session.send('Profiler.stop');
    mkdirSync('bench-results', { recursive: true });
    const file = `bench-results/first-view-${build.name}-${size}.cpuprofile`;
    writeFileSync(file, JSON.stringify(cpu));
    console.log(`\n${build.name}, ${size} events: CPU profile in ${file}; most self time:`);
    for (const line of topSelfTime(cpu, 15)) console.log(line);
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const upTo = tasks.filter((task) => task.start < times.map);
    console.log('longest tasks to map ready (ms, at ms after navigation), what ran in them:');
    for (const line of longestTasks(cpu, upTo, profileStartedAt - timeOrigin)) console.log(line);
  }
  await context.close();
  return { ...times, toText: tasksBefore(tasks, times.text), toMap: tasksBefore(tasks, times.map) };
}

const servers = [];
try {
  for (const [index, build] of builds.entries()) {
    servers.push(await serve(build.dir, port + index));
    build.base = servers.at(-1).base;
  }
  const browser = await launchChromium();
  const results = new Map();
  const startNote = machineNote();
  const started = Date.now();
  for (let run = 0; run < runs; run += 1) {
    for (const size of sizes) {
      // Alternate which build goes first, so neither always meets the machine warmer.
      const order = run % 2 === 0 ? builds : [...builds].reverse();
      for (const build of order) {
        const key = `${build.name} ${size}`;
        const withProfile = profile && run === 0 && size === sizes.at(-1);
        const result = await measure(browser, build.base, build, size, withProfile);
        results.set(key, [...(results.get(key) ?? []), result]);
      }
    }
  }
  await browser.close();
  console.log(
    `\nFirst view: ${runs} interleaved runs, ${viewport.width}×${viewport.height}, ` +
      'headless Chromium (software GL), median [min–max] in ms',
  );
  for (const size of sizes) {
    console.log(`\n${size.toLocaleString('en')} events`);
    for (const build of builds) {
      const list = results.get(`${build.name} ${size}`) ?? [];
      const pick = (fn) => spread(list.map(fn), 0);
      console.log(`  ${build.name}`);
      console.log(`    text visible                 ${pick((r) => r.text)}`);
      console.log(`    story listed                 ${pick((r) => r.story)}`);
      console.log(`    map ready                    ${pick((r) => r.map)}`);
      console.log(`    longest task to text         ${pick((r) => r.toText.longest)}`);
      console.log(`    long-task total to text      ${pick((r) => r.toText.total)}`);
      console.log(`    longest task to map ready    ${pick((r) => r.toMap.longest)}`);
      console.log(`    long-task total to map ready ${pick((r) => r.toMap.total)}`);
      console.log(`    long tasks to map ready (n)  ${pick((r) => r.toMap.count)}`);
    }
  }
  console.log(
    `\nSeries took ${((Date.now() - started) / 60_000).toFixed(1)} min; at its start: ${startNote}; ` +
      `at its end: ${machineNote()}`,
  );
} finally {
  for (const server of servers) server.stop();
}
