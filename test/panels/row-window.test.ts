import { describe, expect, it } from 'vitest';
import { rowForKey, rowsInView, rowsToRender } from '../../src/panels/row-window';

const VIEW = { listTop: 100, clipTop: 100, clipBottom: 700, rowHeight: 60, count: 100_000 };

describe('rowsInView', () => {
  it('takes the rows that meet the visible band, plus the overscan', () => {
    expect(rowsInView(VIEW, 2)).toEqual({ start: 0, end: 12 });
  });

  it('follows the list as it scrolls up past the band', () => {
    expect(rowsInView({ ...VIEW, listTop: 100 - 60 * 5000 }, 2)).toEqual({
      start: 4998,
      end: 5012,
    });
  });

  it('renders the first rows while the list is wholly below the band', () => {
    expect(rowsInView({ ...VIEW, listTop: 900 }, 2)).toEqual({ start: 0, end: 12 });
  });

  it('renders the last rows once the list is scrolled wholly above the band', () => {
    expect(rowsInView({ ...VIEW, listTop: -60 * 100_000 - 50 }, 2)).toEqual({
      start: 99_988,
      end: 100_000,
    });
  });

  it('never runs past the end of the list', () => {
    expect(rowsInView({ ...VIEW, count: 7 }, 2)).toEqual({ start: 0, end: 7 });
  });
});

describe('rowsToRender', () => {
  it('adds the pinned rows outside the range, in list order, once each', () => {
    expect(rowsToRender({ start: 10, end: 13 }, 100, [90, 2, 11, -1, 90])).toEqual([
      2, 10, 11, 12, 90,
    ]);
  });

  it('drops pinned rows that the list no longer has', () => {
    expect(rowsToRender({ start: 0, end: 2 }, 5, [7])).toEqual([0, 1]);
  });
});

describe('rowForKey', () => {
  it('moves one row with the arrows and stops at the ends', () => {
    expect(rowForKey('ArrowDown', 3, 10, 4)).toBe(4);
    expect(rowForKey('ArrowUp', 0, 10, 4)).toBe(0);
    expect(rowForKey('ArrowDown', 9, 10, 4)).toBe(9);
  });

  it('moves a page with Page Down and Page Up, and to the ends with Home and End', () => {
    expect(rowForKey('PageDown', 3, 10, 4)).toBe(7);
    expect(rowForKey('PageDown', 8, 10, 4)).toBe(9);
    expect(rowForKey('PageUp', 3, 10, 4)).toBe(0);
    expect(rowForKey('Home', 5, 10, 4)).toBe(0);
    expect(rowForKey('End', 5, 10, 4)).toBe(9);
  });

  it('leaves other keys to the browser', () => {
    expect(rowForKey('Enter', 5, 10, 4)).toBeUndefined();
  });
});
