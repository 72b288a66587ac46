import { describe, expect, it } from 'vitest';
import { GAPS, SAMPLE_US, selfTimeByFile, topSelfTime } from '../../scripts/cpu-profile.mjs';

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9 });
const nodes = [
  { id: 1, callFrame: frame('(idle)', '') },
  { id: 2, callFrame: frame('render', 'http://x/assets/index-AbCdEf12.js') },
  { id: 3, callFrame: frame('draw', 'http://x/assets/MapView-Zz99Yy88.js') },
];

/** A profile of the given samples, each `us` after the one before. */
function profile(samples: number[], deltas: number[]) {
  return { nodes, samples, timeDeltas: deltas };
}

describe('a CPU profile summed up', () => {
  it('gives each sample the time until the next one, per function and per file', () => {
    const cpu = profile([2, 2, 3, 1], [0, SAMPLE_US, SAMPLE_US, SAMPLE_US]);
    expect(topSelfTime(cpu, 2)).toEqual([
      '       0.4 ms  render index-AbCdEf12.js:10',
      '       0.2 ms  draw MapView-Zz99Yy88.js:10',
    ]);
    expect(selfTimeByFile(cpu, 2)).toEqual([
      '       0.4 ms  index.js',
      '       0.2 ms  MapView.js',
    ]);
  });

  it('counts a long wait between samples apart, not as the last function seen', () => {
    // The sampler waited 10 ms after seeing `render` once.
    const cpu = profile([2, 3, 1], [0, 10_000, SAMPLE_US]);
    const lines = topSelfTime(cpu, 3);
    expect(lines[0]).toBe(`       9.2 ms  ${GAPS}`);
    expect(lines[1]).toBe('       0.8 ms  render index-AbCdEf12.js:10');
  });

  it('divides every figure by the number of steps profiled', () => {
    const cpu = profile([2, 2, 2, 2, 1], [0, 500, 500, 500, 500]);
    expect(selfTimeByFile(cpu, 1, 4)).toEqual(['      0.50 ms  index.js']);
  });
});

describe('what a summary leaves out', () => {
  it('lists neither idle time nor an empty gap line', () => {
    const cpu = profile([1, 1, 2, 1], [0, SAMPLE_US, SAMPLE_US, SAMPLE_US]);
    expect(topSelfTime(cpu)).toEqual(['       0.2 ms  render index-AbCdEf12.js:10']);
    expect(selfTimeByFile(cpu)).toEqual(['       0.2 ms  index.js']);
  });
});
