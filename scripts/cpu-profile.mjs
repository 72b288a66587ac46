// A CPU profile (the CDP Profiler's) summed up as text, for the benchmarks' --profile: the
// functions and the script files with the most self time, per step when it holds several.
// Pure: no browser here, so it is tested on hand-made profiles (test/scripts/cpu-profile.test.ts).

/** The profiler's sampling interval (µs): fine enough to split a step of a few milliseconds. */
export const SAMPLE_US = 200;
/** A sample stands for at most this long (µs); the rest of a longer wait is a gap (sampleTimes). */
const LONGEST_SAMPLE_US = 4 * SAMPLE_US;
export const GAPS = '(not sampled: waiting, or the sampler was)';

/**
 * Each sample's node and the time it stands for (ms): the time until the next sample, but no more
 * than LONGEST_SAMPLE_US. The sampler records nothing for stretches (while the thread waits
 * between steps, or while the sampler itself waits for a core on a busy machine), and such a
 * stretch was charged to whichever function it last saw (a scheduler loop with 46 ms of "self"
 * time over 20 key steps, in 6 samples); the excess is counted apart, as GAPS.
 */
function sampleTimes(cpu) {
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  const deltas = cpu.timeDeltas ?? [];
  const times = [];
  let gaps = 0;
  cpu.samples.forEach((id, index) => {
    const us = deltas[index + 1] ?? 0;
    times.push({ frame: byId.get(id).callFrame, ms: Math.min(us, LONGEST_SAMPLE_US) / 1000 });
    gaps += Math.max(0, us - LONGEST_SAMPLE_US) / 1000;
  });
  return { times, gaps };
}

/** The `limit` largest entries of `totals`, divided by `per`, as lines of text. */
function largest(totals, limit, per) {
  return [...totals]
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, ms]) => `  ${(ms / per).toFixed(per > 1 ? 2 : 1).padStart(8)} ms  ${name}`);
}

/** The functions with the most self time, as lines of text; `per` divides it (per step). */
export function topSelfTime(cpu, limit = 12, per = 1) {
  const self = new Map();
  const { times, gaps } = sampleTimes(cpu);
  for (const { frame, ms } of times) {
    const { functionName, url, lineNumber } = frame;
    // Waiting is not work: a profile of steps spent mostly idle led with "(idle)".
    if (functionName === '(idle)') continue;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + ms);
  }
  self.set(GAPS, gaps);
  return largest(self, limit, per);
}

/**
 * Self time per script file (the app's chunks, the map engine's, the browser's own work), as
 * lines of text: what share of a step is Dateline's own JavaScript. `per` divides it (per step).
 */
export function selfTimeByFile(cpu, limit = 8, per = 1) {
  const files = new Map();
  const { times, gaps } = sampleTimes(cpu);
  for (const { frame, ms } of times) {
    const { functionName, url } = frame;
    const file = url
      ? url
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.js$/, '.js')
      : `(${functionName})`;
    files.set(file, (files.get(file) ?? 0) + ms);
  }
  files.delete('((idle))');
  files.set(GAPS, gaps);
  return largest(files, limit, per);
}
