import { afterEach, describe, expect, it } from 'vitest';
import {
  markScrubStart,
  measureScrub,
  scrubPending,
  SCRUB_MEASURE,
} from '../../src/time/scrub-timing';

afterEach(() => {
  measureScrub();
  performance.clearMarks();
  performance.clearMeasures();
});

describe('scrub timing', () => {
  it('measures from the timeline’s input to the map’s frame', () => {
    markScrubStart();
    expect(scrubPending()).toBe(true);
    const measure = measureScrub();
    expect(measure?.name).toBe(SCRUB_MEASURE);
    expect(performance.getEntriesByName(SCRUB_MEASURE)).toHaveLength(1);
  });

  it('measures each scrub once', () => {
    markScrubStart();
    measureScrub();
    expect(measureScrub()).toBeUndefined();
    expect(performance.getEntriesByName(SCRUB_MEASURE)).toHaveLength(1);
  });

  it('measures nothing when the window moved without a scrub (a link, playback)', () => {
    expect(scrubPending()).toBe(false);
    expect(measureScrub()).toBeUndefined();
  });

  it('times inputs that arrive before the frame from the first of them', async () => {
    markScrubStart();
    const first = performance.getEntriesByName('dateline:scrub-start')[0]?.startTime ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 20));
    markScrubStart();
    expect(measureScrub()?.startTime).toBe(first);
  });
});
