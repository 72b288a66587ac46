/**
 * Whether a story still loading may be big enough that its text should have the page's thread to
 * itself: the map engine's first tasks (a WebGL context, shaders, the first frames of the
 * basemap) take half a second to three seconds in software GL, and started while a big story
 * was being checked in the worker they landed between the worker's answer and the story's
 * first render.
 */
import type { LoadProgress } from './load-story';

/** From this size a file holds about a thousand events (a generated story: ~300 bytes each). */
export const BIG_STORY_BYTES = 256 * 1024;
/** From this many events the story's first render and its worker's answer take long tasks. */
export const BIG_STORY_EVENTS = 800;

/**
 * False only once the load is known to be small: nothing has arrived yet (undefined) or a file
 * of unknown length is still arriving below the limit, so either could still be big.
 */
export function mayBeBigStory(progress: LoadProgress | undefined): boolean {
  if (progress === undefined) return true;
  if (progress.phase === 'checking') return progress.events >= BIG_STORY_EVENTS;
  if (progress.total !== undefined) return progress.total >= BIG_STORY_BYTES;
  return true;
}

/**
 * Runs `run` in a task after the next frame is painted (a task queued inside an animation frame
 * runs once that frame is on screen): a big story's text is shown first, and work held until
 * then (the map engine, the timeline's marks) is a task of its own. Returns a cancel.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
