import { describe, expect, it } from 'vitest';
import { pathData, rounded } from '../../src/geo/svg-path-data';
import { pathPoints } from './path-points';

describe('SVG path data', () => {
  it('writes a ring as its first point and steps from each point to the next, closed', () => {
    const ring: [number, number][] = [
      [10, 20],
      [30, 20],
      [30, 45.26],
    ];
    expect(pathData([ring], true, 1)).toBe('M10 20l20 0 0 25.3z');
  });

  it('leaves out leading zeros and the spaces a sign or a point already makes', () => {
    const line: [number, number][] = [
      [0, 0],
      [0.5, -0.5],
      [0.2, 0.3],
    ];
    expect(pathData([line], false, 1)).toBe('M0 0l.5-.5-.3.8');
  });

  it('steps between rounded points, so rounding never adds up along a line', () => {
    const line = Array.from({ length: 41 }, (_, index): [number, number] => [index * 0.4, 0]);
    const [subpath] = pathPoints(pathData([line], false, 0));
    expect(subpath?.points.at(-1)).toEqual([16, 0]);
    expect(subpath?.points.every(([x]) => Number.isInteger(x))).toBe(true);
  });

  it('leaves out a ring that rounds to fewer than three points', () => {
    const speck: [number, number][] = [
      [1, 1],
      [1.2, 1.1],
      [1.1, 1.3],
    ];
    expect(pathData([speck], true, 0)).toBe('');
  });

  it('rounds an attribute to the places asked', () => {
    expect(rounded(842.3696653113831)).toBe(842.4);
    expect(rounded(842.6, 0)).toBe(843);
  });
});
