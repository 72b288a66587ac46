import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY } from '../../../src/geo/mercator';
import { stackOffset, stackSlot } from '../../../src/map/marker-stacks';
import { markData } from '../../../src/map/time-marks/mark-data';
import { markGrid, pickMark, type PickQuery } from '../../../src/map/time-marks/mark-picking';
import { circles, DAY, marker, markers, T0 } from './fixtures';

const data = markData(
  markers(
    marker('kabul', [69.17, 34.53], [0, 1]),
    marker('later', [69.17, 34.53], [10, 11]),
    marker('stacked', [71, 36], [0, 1], { slot: stackSlot(2, 1) }),
    marker('dushanbe', [68.78, 38.56], [0, 1]),
  ),
  circles(),
);
const grid = markGrid(data);

function query(lon: number, lat: number, overrides: Partial<PickQuery> = {}): PickQuery {
  return {
    x: mercatorX(lon),
    y: mercatorY(lat),
    zoom: 8,
    radius: 12,
    from: T0,
    to: T0 + 2 * DAY,
    dots: false,
    ...overrides,
  };
}

const idAt = (q: PickQuery) => data.ids[pickMark(data, grid, q)];

describe('pickMark', () => {
  it('picks the mark under the pointer', () => {
    expect(idAt(query(69.171, 34.531))).toBe('kabul');
  });

  it('picks nothing beside every mark', () => {
    expect(pickMark(data, grid, query(65, 30))).toBe(-1);
  });

  it('skips the marks it is told a cluster draws, finding a single mark beside them', () => {
    // Kabul's mark is nearer the pointer, but a cluster's disc stands for it.
    const kabul = data.ids.indexOf('kabul');
    const q = query(69.171, 34.531, { zoom: 4, radius: 400, skip: (i) => i === kabul });
    expect(idAt(q)).toBe('stacked');
  });

  it('skips marks the time window leaves out', () => {
    expect(idAt(query(69.17, 34.53, { from: T0 + 9 * DAY, to: T0 + 12 * DAY }))).toBe('later');
  });

  it('finds a stacked marker where it is drawn, on its ring', () => {
    const world = 512 * 2 ** 8;
    const [dx, dy] = stackOffset(2, 1);
    const q = query(71, 36);
    expect(idAt({ ...q, x: q.x + dx / world, y: q.y + dy / world })).toBe('stacked');
  });

  it('finds a density dot at its place, with no stack offset', () => {
    expect(idAt(query(71, 36, { dots: true, radius: 6 }))).toBe('stacked');
  });

  it('still picks zoomed far out, where the reach spans more cells than there are marks', () => {
    expect(idAt(query(68.8, 38.5, { zoom: 0 }))).toBe('dushanbe');
  });
});
