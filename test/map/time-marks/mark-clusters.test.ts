import { describe, expect, it } from 'vitest';
import { cellAt, cellGrid, CLUSTER_CELL_PX } from '../../../src/map/time-marks/mark-clusters';
import { markData } from '../../../src/map/time-marks/mark-data';
import { markGrid } from '../../../src/map/time-marks/mark-picking';
import { mercatorX, mercatorY } from '../../../src/geo/mercator';
import { circles, DAY, marker, markers, T0 } from './fixtures';

describe('cellGrid', () => {
  it('covers the view with whole cells of the world and a spare cell on each side', () => {
    // At zoom 1 the world is 1,024 px: a view from its middle is 512 px in, cell 12 (40 px).
    const grid = cellGrid({ x: 0.5, y: 0.25, width: 400, height: 200, zoom: 1 });
    expect(grid).toEqual({ column: 11, row: 5, columns: 13, rows: 8 });
  });

  it('keeps the cells fixed to the world as the view pans by less than a cell', () => {
    const world = 512 * 2 ** 3;
    const a = cellGrid({ x: 1000 / world, y: 0.5, width: 300, height: 300, zoom: 3 });
    const b = cellGrid({ x: 1015 / world, y: 0.5, width: 300, height: 300, zoom: 3 });
    expect(b.column).toBe(a.column);
  });
});

describe('cellAt', () => {
  // Two marks a few km apart share a cell at zoom 4 and not at zoom 10; a third is far away.
  const a = marker('a', [69, 37], [0, 2]);
  const b = marker('b', [69.05, 37.02], [1, 3]);
  const far = marker('far', [75, 40], [0, 2]);
  const data = markData(markers(a, b, far), circles());
  const grid = markGrid(data);
  const at = (zoom: number, from: number, to: number) =>
    cellAt(data, grid, {
      x: mercatorX(69.01),
      y: mercatorY(37.01),
      zoom,
      from: T0 + from * DAY,
      to: T0 + to * DAY,
    });

  it('holds the marks the window shows in the cell under the pointer', () => {
    expect(at(4, 0, 3).marks.map((i) => data.ids[i])).toEqual(['a', 'b']);
  });

  it('leaves out a mark the window does not show', () => {
    expect(at(4, 2, 3).marks.map((i) => data.ids[i])).toEqual(['b']);
  });

  it('opens into single marks as the reader zooms in', () => {
    expect(at(10, 0, 3).marks.length).toBeLessThan(2);
  });

  it('puts the cluster at the middle of its marks', () => {
    const cell = at(4, 0, 3);
    expect(cell.x).toBeCloseTo((mercatorX(69) + mercatorX(69.05)) / 2, 6);
    expect(CLUSTER_CELL_PX).toBeGreaterThan(30);
  });
});
