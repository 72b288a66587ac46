import { describe, expect, it } from 'vitest';
import { clipLine, clipRing, type PlanePoint } from '../../src/geo/clip-to-box';

const BOX = [0, 0, 100, 50] as const;

/** The ring's area (shoelace), whatever its winding. */
function area(ring: readonly PlanePoint[]): number {
  let twice = 0;
  ring.forEach(([x, y], index) => {
    const [nx, ny] = ring[(index + 1) % ring.length] ?? [x, y];
    twice += x * ny - nx * y;
  });
  return Math.abs(twice / 2);
}

const inBox = ([x, y]: PlanePoint) => x >= 0 && x <= 100 && y >= 0 && y <= 50;

describe('a ring cut to a box', () => {
  it('keeps the part inside, with the cut along the box', () => {
    const square: PlanePoint[] = [
      [50, 10],
      [150, 10],
      [150, 40],
      [50, 40],
    ];
    const cut = clipRing(square, BOX);
    expect(cut.every(inBox)).toBe(true);
    expect(area(cut)).toBeCloseTo(50 * 30, 6);
  });

  it('becomes the box when it surrounds it', () => {
    const around: PlanePoint[] = [
      [-1000, -1000],
      [1000, -1000],
      [1000, 1000],
      [-1000, 1000],
    ];
    expect(area(clipRing(around, BOX))).toBeCloseTo(100 * 50, 6);
  });

  it('is left out when it lies wholly outside', () => {
    const away: PlanePoint[] = [
      [200, 10],
      [300, 10],
      [250, 40],
    ];
    expect(clipRing(away, BOX)).toEqual([]);
  });
});

describe('a line cut to a box', () => {
  it('comes back as the pieces inside, ending where it crosses the edges', () => {
    const zigzag: PlanePoint[] = [
      [-50, 25],
      [50, 25],
      [50, 100],
      [80, 100],
      [80, 25],
      [90, 25],
    ];
    const pieces = clipLine(zigzag, BOX);
    expect(pieces).toEqual([
      [
        [0, 25],
        [50, 25],
        [50, 50],
      ],
      [
        [80, 50],
        [80, 25],
        [90, 25],
      ],
    ]);
  });

  it('is left out when it misses the box', () => {
    const away: PlanePoint[] = [
      [-10, -10],
      [200, -5],
    ];
    expect(clipLine(away, BOX)).toEqual([]);
  });
});
