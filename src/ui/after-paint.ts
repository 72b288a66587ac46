/**
 * Work held until the page has painted: a task queued from inside an animation frame runs once
 * that frame is on screen, so what the frame shows (a big story's text) is not kept waiting
 * behind the work, and the work is a task of its own.
 */

/** Runs `run` in a task after the next frame is painted; the function returned cancels it. */
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
