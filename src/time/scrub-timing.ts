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

/** Called by the timeline when the reader moves the window. */
export function markScrubStart(): void {
  performance.mark(SCRUB_START);
  pending = true;
}

/** True while a scrub has been marked and not yet measured. */
export function scrubPending(): boolean {
  return pending;
}

/** Called by the map after drawing the new window; measures from the latest start, once. */
export function measureScrub(): PerformanceMeasure | undefined {
  if (!pending) return undefined;
  pending = false;
  return performance.measure(SCRUB_MEASURE, SCRUB_START);
}
