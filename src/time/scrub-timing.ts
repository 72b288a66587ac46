/**
 * Scrub latency: from the reader's input on the timeline to the map's next drawn frame.
 * The timeline marks the start; the map measures once it has drawn the new window. Both sides
 * import this module, so neither imports the other.
 */

/** Name of the mark the timeline sets on input. */
export const SCRUB_START = 'dateline:scrub-start';
/** Name of the measure the map records after drawing. */
export const SCRUB_MEASURE = 'dateline:scrub';

let pending = false;
let firstStart = 0;

/**
 * Called by the timeline when the reader moves the window. Inputs that arrive before the map
 * has drawn are one scrub, timed from the first of them: that is how long the reader waited.
 */
export function markScrubStart(): void {
  const mark = performance.mark(SCRUB_START);
  if (!pending) firstStart = mark.startTime;
  pending = true;
}

/** True while a scrub has been marked and not yet measured. */
export function scrubPending(): boolean {
  return pending;
}

/** Called by the map after drawing the new window; measures from the first waiting input, once. */
export function measureScrub(): PerformanceMeasure | undefined {
  if (!pending) return undefined;
  pending = false;
  return performance.measure(SCRUB_MEASURE, { start: firstStart });
}
