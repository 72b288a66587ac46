import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../scripts/generate-story.mjs';
import { sortInSlices } from '../../../src/map/time-marks/sort-in-slices';

/** Runs the sort to its end and counts its yields. */
function sorted(values: Float64Array): number {
  let yields = 0;
  const steps = sortInSlices(values);
  while (!steps.next().done) yields += 1;
  return yields;
}

describe('sortInSlices', () => {
  it('sorts as a typed array sorts, yielding between slices of a large array', () => {
    const random = mulberry32(5);
    const values = Float64Array.from({ length: 50_001 }, () => Math.floor(random() * 1000) - 500);
    const expected = values.slice().sort();
    expect(sorted(values)).toBeGreaterThan(10);
    expect(values).toEqual(expected);
  });

  it('sorts a small array at once', () => {
    const values = Float64Array.from([3, -1, 2, 2, 0]);
    expect(sorted(values)).toBe(0);
    expect([...values]).toEqual([-1, 0, 2, 2, 3]);
  });
});
