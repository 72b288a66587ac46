// The time-window steps both benchmarks take in a loaded Dateline page: key steps on the window's
// end slider and a 60 Hz drag of that slider's handle. Each step is timed from its input's
// timestamp to the frame painted after its handlers (the same probe for keys and moves), and
// `dateline:scrub` (the map's own measure, input → the map frame with the new window) is read.
// The map frames a step costs are counted as WebGL colour clears (MapLibre clears once a frame).
/* global window, requestAnimationFrame, HTMLCanvasElement */
import { cdpMetric } from './bench-setup.mjs';

/**
 * Runs in the page (page.addInitScript): times each pointer move and every animation frame, and
 * counts the frames WebGL canvases draw (a clear of the colour buffer starts each).
 */
export function installDragProbes() {
  const moves = [];
  const frames = [];
  const glFrames = { count: 0 };
  Object.assign(window, { benchMoves: moves, benchFrameTimes: frames, benchGlFrames: glFrames });
  const getContext = HTMLCanvasElement.prototype.getContext;
  const counted = new WeakSet();
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const context = getContext.call(this, type, ...rest);
    if ((type === 'webgl2' || type === 'webgl') && context && !counted.has(context)) {
      counted.add(context);
      const clear = context.clear;
      context.clear = function (mask) {
        if (mask & context.COLOR_BUFFER_BIT) glFrames.count += 1;
        return clear.call(this, mask);
      };
    }
    return context;
  };
  window.addEventListener(
    'pointermove',
    (event) => {
      if (event.buttons === 0) return;
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => moves.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  const tick = (time) => {
    frames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const FRAME_MS = 1000 / 60;

/** Frames missed between consecutive painted frames from `from` on (a gap of 2 frames misses 1). */
export function droppedFrames(times, from, to) {
  let dropped = 0;
  let previous;
  for (const time of times) {
    if (time < from || time > to) continue;
    if (previous !== undefined)
      dropped += Math.max(0, Math.round((time - previous) / FRAME_MS) - 1);
    previous = time;
  }
  return dropped;
}

const scriptSeconds = (session) => cdpMetric(session, 'ScriptDuration');

const scrubCount = (page) =>
  page.evaluate(() => performance.getEntriesByName('dateline:scrub').length);

const glFrameCount = (page) => page.evaluate(() => window.benchGlFrames.count);

/**
 * Resolves in the page once there are more than `n` scrub measures, or after `ms`. A
 * PerformanceObserver waits without running anything per frame: polling with waitForFunction
 * ran script on every frame, which the step's script time counted as the app's.
 */
function untilScrubs(page, n, ms) {
  return page.evaluate(
    ([count, timeout]) =>
      new Promise((resolve) => {
        const done = () => {
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        };
        const observer = new PerformanceObserver(() => {
          if (performance.getEntriesByName('dateline:scrub').length > count) done();
        });
        const timer = setTimeout(done, timeout);
        observer.observe({ type: 'measure' });
        if (performance.getEntriesByName('dateline:scrub').length > count) done();
      }),
    [n, ms],
  );
}

/**
 * `steps` ArrowLeft presses on the window's end slider, each after the map has drawn the one
 * before. Returns the map's scrub measures, the main-thread script time of each step (ms) and
 * the map frames drawn from one step's key to the next's (the last step's: within 300 ms).
 * `around(index, step)` may wrap a step (to profile it).
 */
export async function keySteps(page, session, steps, around = (_index, step) => step()) {
  await page.getByRole('slider').last().focus();
  const script = [];
  const mapFrames = [];
  const first = await scrubCount(page);
  let framesBefore = await glFrameCount(page);
  for (let i = 0; i < steps; i += 1) {
    const before = await scrubCount(page);
    const start = await scriptSeconds(session);
    await around(i, async () => {
      await page.keyboard.press('ArrowLeft');
      await untilScrubs(page, before, 10_000);
    });
    script.push(((await scriptSeconds(session)) - start) * 1000);
    if (i === steps - 1) await page.waitForTimeout(300);
    const frames = await glFrameCount(page);
    mapFrames.push(frames - framesBefore);
    framesBefore = frames;
  }
  const scrubs = await page.evaluate(
    (n) =>
      performance
        .getEntriesByName('dateline:scrub')
        .slice(n)
        .map((entry) => entry.duration),
    first,
  );
  return { scrubs, script, mapFrames };
}

/**
 * Moves the pointer left by `moves` moves of 2 px from (x, y), one every 1/60 s (later when the
 * page holds the input back); returns the seconds it took.
 */
async function sendMoves(page, x, y, moves) {
  const started = Date.now();
  for (let i = 0; i < moves; i += 1) {
    const due = started + i * FRAME_MS;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await page.mouse.move(x - 2 * (i + 1), y);
  }
  return (Date.now() - started) / 1000;
}

/**
 * The control for dragSteps' dropped frames: the same moves with no button down, along the top
 * edge of the page, where nothing is drawn in answer. What frames drop here, the machine and the
 * harness sending the moves drop (on 2 cores the browser, its GPU process and the harness share
 * them), not the page's answer to a drag. Dateline's pages only: TimelineJS's page dropped 20-25
 * frames here right after its key steps, so it is no control there.
 */
export async function idleMoves(page, moves) {
  const y = 2;
  const x = 2 * moves + 40;
  await page.mouse.move(x, y);
  const from = await page.evaluate(() => performance.now());
  await sendMoves(page, x, y, moves);
  await page.waitForTimeout(300);
  const frames = await page.evaluate(
    (since) => ({
      times: window.benchFrameTimes.filter((time) => time >= since),
      to: performance.now(),
    }),
    from,
  );
  return droppedFrames(frames.times, from, frames.to - 300);
}

/**
 * Drags the window's end handle left by `moves` pointer moves of 2 px, one every 1/60 s (later
 * when the page holds the input back), and returns each move's input → frame time, the frames
 * dropped while dragging, the main-thread script time per move and the moves sent per second.
 */
export async function dragSteps(page, session, moves) {
  const handle = page.getByRole('slider').last();
  const box = await handle.boundingBox();
  if (!box) throw new Error('the window end handle has no box');
  const y = box.y + box.height / 2;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const before = await page.evaluate(() => [window.benchMoves.length, performance.now()]);
  const glBefore = await glFrameCount(page);
  const script = await scriptSeconds(session);
  const seconds = await sendMoves(page, x, y, moves);
  // Let the last move's frame arrive before reading the probes.
  await page.waitForTimeout(300);
  const scriptMs = ((await scriptSeconds(session)) - script) * 1000;
  const glFrames = (await glFrameCount(page)) - glBefore;
  const result = await page.evaluate(
    ([movesBefore, from]) => ({
      moves: window.benchMoves.slice(movesBefore),
      frames: window.benchFrameTimes.filter((time) => time >= from),
      to: performance.now(),
    }),
    before,
  );
  await page.mouse.up();
  return {
    frames: result.moves,
    dropped: droppedFrames(result.frames, before[1], result.to - 300),
    scriptPerMove: scriptMs / moves,
    mapFramesPerMove: glFrames / moves,
    rate: moves / seconds,
  };
}
