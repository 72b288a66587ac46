import { describe, expect, it } from 'vitest';
import { buildInSlices } from '../../src/story/work-in-slices';

/** Work in `units` steps of about `ms` each, yielding after each one. */
function* busy(units: number, ms: number): Generator<void, number> {
  for (let unit = 0; unit < units; unit += 1) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // Spin: stands for a slice of clustering.
    }
    yield;
  }
  return units;
}

/** Builds `steps` in slices, counting the pauses between slices. */
async function pausesOf(steps: Generator<void, number>): Promise<[number, number]> {
  let pauses = 0;
  const built = await buildInSlices(steps, () => {
    pauses += 1;
    return Promise.resolve();
  });
  return [built, pauses];
}

describe('buildInSlices', () => {
  it('gives the page its turn between slices and returns what the steps build', async () => {
    // 40 steps of 1 ms: at most 8 ms run between two pauses.
    const [built, pauses] = await pausesOf(busy(40, 1));
    expect(built).toBe(40);
    expect(pauses).toBeGreaterThanOrEqual(4);
  });

  it('runs short work in one slice, with no pause', async () => {
    expect(await pausesOf(busy(3, 0))).toEqual([3, 0]);
  });
});
