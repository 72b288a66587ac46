import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/geo/geometry';
import type { AnchoredEvent } from '../../src/geo/offscreen';
import { groupsInWindow, idsInWindow, timedGroups } from '../../src/map/offscreen-window';
import { countInWindow, lowerBound, upperBound } from '../../src/time/sorted-search';
import { overlaps, type TimeWindow } from '../../src/time/time-window';
import { mulberry32 as random } from '../../scripts/generate-story.mjs';

const CENTRAL_ASIA: BBox = [59.5, 29, 76, 42];
const DAY = 86_400_000;

const at = (id: string, name: string, lon: number, lat: number): AnchoredEvent => ({
  id,
  name,
  position: [lon, lat],
});

/** Moscow (north-west of the view) on days 0–2, Tehran (west) on days 5 and 6, Dushanbe inside. */
const ANCHORS = [
  at('m1', 'Moscow', 37.62, 55.76),
  at('m2', 'Moscow', 37.6, 55.75),
  at('m3', 'Moscow', 37.61, 55.73),
  at('t1', 'Tehran', 51.4, 35.7),
  at('t2', 'Tehran', 51.42, 35.69),
  at('d1', 'Dushanbe', 68.78, 38.56),
];
const TIMES = new Map<string, TimeWindow>([
  ['m1', { from: 0, to: DAY }],
  ['m2', { from: DAY, to: 2 * DAY }],
  ['m3', { from: 2 * DAY, to: 3 * DAY }],
  ['t1', { from: 5 * DAY, to: 6 * DAY }],
  ['t2', { from: 6 * DAY, to: 7 * DAY }],
  ['d1', { from: 0, to: 7 * DAY }],
]);
const timeOf = (id: string) => TIMES.get(id);

describe('binary search in sorted times', () => {
  it('finds the first value at least, and the first above, a value', () => {
    const sorted = [1, 2, 2, 2, 5];
    expect([lowerBound(sorted, 2), upperBound(sorted, 2)]).toEqual([1, 4]);
    expect([lowerBound(sorted, 0), upperBound(sorted, 9)]).toEqual([0, 5]);
  });
});

describe('countInWindow', () => {
  it('counts the spans a window overlaps as a scan with overlaps() would', () => {
    const next = random(7);
    const spans = Array.from({ length: 500 }, () => {
      const from = Math.floor(next() * 100) * DAY;
      // Some spans last no time at all; a window is half-open, as overlaps() says.
      return { from, to: from + Math.floor(next() * 10) * DAY };
    });
    const starts = Float64Array.from(spans, (span) => span.from).sort();
    const ends = Float64Array.from(spans, (span) => span.to).sort();
    for (let i = 0; i < 200; i += 1) {
      const from = Math.floor(next() * 110) * DAY - 5 * DAY;
      const window = { from, to: from + (1 + Math.floor(next() * 30)) * DAY };
      const scanned = spans.filter((span) => overlaps(window, span.from, span.to)).length;
      expect(countInWindow(starts, ends, window)).toBe(scanned);
    }
  });
});

describe('groupsInWindow', () => {
  const groups = timedGroups(ANCHORS, timeOf, CENTRAL_ASIA);

  it('groups the events outside the view whatever their time, once', () => {
    expect(groups.map(({ group }) => group.name).sort()).toEqual(['Moscow', 'Tehran']);
  });

  it('gives each group the count of its events in the window, most first', () => {
    const shown = groupsInWindow(groups, { from: DAY, to: 6 * DAY }, 4);
    expect(shown.map(({ group, count }) => [group.name, count])).toEqual([
      ['Moscow', 2],
      ['Tehran', 1],
    ]);
  });

  it('leaves out a group with no event in the window', () => {
    const shown = groupsInWindow(groups, { from: 5 * DAY, to: 7 * DAY }, 4);
    expect(shown.map(({ group, count }) => [group.name, count])).toEqual([['Tehran', 2]]);
  });

  it('keeps no more groups than the limit', () => {
    expect(groupsInWindow(groups, { from: 0, to: 7 * DAY }, 1)).toHaveLength(1);
  });

  it('names the group’s events in the window for its button to frame', () => {
    const moscow = groups.find(({ group }) => group.name === 'Moscow')?.group;
    if (!moscow) throw new Error('no Moscow group');
    expect(idsInWindow(moscow, timeOf, { from: DAY, to: 3 * DAY })).toEqual(['m2', 'm3']);
  });
});
