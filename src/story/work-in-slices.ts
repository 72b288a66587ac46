/**
 * Long work split into slices that give the page its turn between them: a task over 50 ms
 * delays input and paint, so work that would take one (a big story's indexes, its map data,
 * a cluster level) is written as steps (a generator that yields between small units) and run
 * here, a few milliseconds of steps per task.
 */

/** How long a slice of work may run before the page gets its turn, ms. */
const SLICE_MS = 8;

/** Resolves after the page has had its turn (a macrotask, without setTimeout's 4 ms clamp). */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Runs `steps` to its end, SLICE_MS of work at a time, yielding to the page between slices. */
export async function buildInSlices<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void> = yieldToPage,
): Promise<T> {
  for (;;) {
    const started = performance.now();
    let step = steps.next();
    while (!step.done && performance.now() - started < SLICE_MS) step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Runs `steps` to its end at once, for a caller that needs the result now. */
export function runSteps<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
