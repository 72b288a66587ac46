import { describe, expect, it } from 'vitest';
import { eventsBounds, placeBounds, unionBounds } from '../../src/geo/event-bounds';

const point = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] });

describe('placeBounds', () => {
  it('boxes an outline cut at the antimeridian the short way round, not round the world', () => {
    // Fiji as Natural Earth draws it after the cut: one part each side of 180°.
    const square = (west: number, east: number) => [
      [
        [west, -18],
        [east, -18],
        [east, -16],
        [west, -16],
        [west, -18],
      ],
    ];
    const geometry = {
      type: 'MultiPolygon' as const,
      coordinates: [square(177, 180), square(-180, -179.5)],
    };
    const [west, south, east, north] = placeBounds({ geometry, uncertaintyKm: 0 });
    expect([west, south, north]).toEqual([177, -18, -16]);
    expect(east).toBeCloseTo(180.5, 6);
  });

  it('is a single spot for an exact point', () => {
    expect(placeBounds({ geometry: point(68.78, 38.56), uncertaintyKm: 0 })).toEqual([
      68.78, 38.56, 68.78, 38.56,
    ]);
  });

  it('includes the uncertainty circle: 111 km is about one degree of latitude', () => {
    const [west, south, east, north] = placeBounds({
      geometry: point(68.78, 38.56),
      uncertaintyKm: 111,
    });
    expect(north - 38.56).toBeCloseTo(1, 1);
    expect(38.56 - south).toBeCloseTo(1, 1);
    expect(east - 68.78).toBeGreaterThan(1); // longitude degrees are shorter at 38° N
    expect(68.78 - west).toBeGreaterThan(1);
  });

  it('spans every point of a MultiPoint', () => {
    const geometry = {
      type: 'MultiPoint' as const,
      coordinates: [
        [68.78, 38.56],
        [37.62, 55.76],
      ],
    };
    expect(placeBounds({ geometry, uncertaintyKm: 0 })).toEqual([37.62, 38.56, 68.78, 55.76]);
  });
});

describe('unionBounds', () => {
  it('is undefined for no boxes', () => {
    expect(unionBounds([])).toBeUndefined();
  });

  it('covers every box', () => {
    expect(
      unionBounds([
        [0, 0, 1, 1],
        [-2, 0.5, 0.5, 3],
      ]),
    ).toEqual([-2, 0, 1, 3]);
  });
});

describe('eventsBounds', () => {
  it('covers the places of all events', () => {
    const events = [
      { place: { geometry: point(68.78, 38.56), uncertaintyKm: 0 } },
      { place: { geometry: point(69.2, 34.5), uncertaintyKm: 0 } },
    ];
    expect(eventsBounds(events)).toEqual([68.78, 34.5, 69.2, 38.56]);
  });

  it('leaves out events that have no place yet', () => {
    const events = [{ place: { geometry: point(68.78, 38.56), uncertaintyKm: 0 } }, {}];
    expect(eventsBounds(events)).toEqual([68.78, 38.56, 68.78, 38.56]);
    expect(eventsBounds([{}])).toBeUndefined();
  });
});

/** A box's span of longitude as [west, width], west in [-180, 180). */
function span([west, , east]: readonly number[]): [number, number] {
  const width = Math.min((east ?? 0) - (west ?? 0), 360);
  return [(((((west ?? 0) + 180) % 360) + 360) % 360) - 180, width];
}

/** How far east of `from` a span's far end lies, going east from `from` round the world. */
function reach(from: number, [west, width]: [number, number]): number {
  return ((((west - from) % 360) + 360) % 360) + width;
}

/** The narrowest arc holding every span, found by trying each span's west as the arc's start. */
function narrowestWidth(boxes: readonly (readonly number[])[]): number {
  const spans = boxes.map(span);
  return Math.min(...spans.map(([from]) => Math.max(...spans.map((other) => reach(from, other)))));
}

describe('unionBounds over many boxes', () => {
  it('is the narrowest span of longitude that holds every box, either way round', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let round = 0; round < 200; round += 1) {
      // Few, wide or touching boxes anywhere round the world, some across the antimeridian.
      const boxes = Array.from({ length: 1 + Math.floor(random() * 12) }, () => {
        const west = Math.round(random() * 40) * 9 - 180;
        const width = Math.round(random() * 6) * 9;
        return [west, -10, west + width, 10] as [number, number, number, number];
      });
      const [west = 0, , east = 0] = unionBounds(boxes) ?? [];
      expect(east - west).toBeCloseTo(Math.min(narrowestWidth(boxes), 360), 9);
      for (const box of boxes) expect(reach(west, span(box))).toBeLessThanOrEqual(east - west);
    }
  });
});
