import { booleanPointInPolygon, booleanPointOnLine, lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { anchorPoints } from '../../src/geo/anchor';

describe('anchorPoints', () => {
  it('is the point itself for a Point', () => {
    expect(anchorPoints({ type: 'Point', coordinates: [68.78, 38.56] })).toEqual([[68.78, 38.56]]);
  });

  it('gives each point of a MultiPoint its own anchor', () => {
    const coordinates = [
      [68.78, 38.56],
      [37.62, 55.76],
    ];
    expect(anchorPoints({ type: 'MultiPoint', coordinates })).toEqual(coordinates);
  });

  it('puts a line’s anchor on the line, halfway along it', () => {
    const coordinates = [
      [67, 37],
      [69, 37],
      [69, 39],
    ];
    const [anchor] = anchorPoints({ type: 'LineString', coordinates });
    expect(anchor && booleanPointOnLine(anchor, lineString(coordinates), { epsilon: 1e-6 })).toBe(
      true,
    );
    expect(anchor?.[0]).toBeCloseTo(69, 1); // the corner is about halfway along
  });

  it('uses the longest part of a MultiLineString', () => {
    const [anchor] = anchorPoints({
      type: 'MultiLineString',
      coordinates: [
        [
          [60, 30],
          [60.1, 30],
        ],
        [
          [70, 35],
          [72, 35],
        ],
      ],
    });
    expect(anchor?.[0]).toBeCloseTo(71, 1);
  });

  it('puts an area’s anchor inside it, even when the centroid falls outside (a crescent)', () => {
    const crescent = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 8],
          [8, 8],
          [8, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    const [anchor] = anchorPoints(crescent);
    expect(anchor && booleanPointInPolygon(anchor, crescent)).toBe(true);
  });

  it('uses the largest part of a MultiPolygon', () => {
    const square = (x: number, size: number) => [
      [
        [x, 0],
        [x + size, 0],
        [x + size, size],
        [x, size],
        [x, 0],
      ],
    ];
    const [anchor] = anchorPoints({
      type: 'MultiPolygon',
      coordinates: [square(0, 1), square(10, 4)],
    });
    expect(anchor?.[0]).toBeGreaterThan(10);
  });

  it('gives the same points for the same geometry without measuring it again', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [60, 40],
        [70, 41],
        [80, 39],
      ],
    };
    expect(anchorPoints(line)).toBe(anchorPoints(line));
  });
});
