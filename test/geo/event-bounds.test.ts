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
