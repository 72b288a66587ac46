import { describe, expect, it } from 'vitest';
import { DRAWN_KM, clickPosition, drawnGeometry, drawnPlace } from '../../src/map/draw-place';

describe('what the map tools draw', () => {
  it('places a point at the first click', () => {
    expect(drawnGeometry('point', [[69.5, 37.5]])).toEqual({
      type: 'Point',
      coordinates: [69.5, 37.5],
    });
  });

  it('needs two distinct points for a line: the double click that finishes adds none', () => {
    expect(
      drawnGeometry('line', [
        [69, 37],
        [69, 37],
      ]),
    ).toBeUndefined();
    expect(
      drawnGeometry('line', [
        [69, 37],
        [70, 38],
        [70, 38],
      ]),
    ).toEqual({
      type: 'LineString',
      coordinates: [
        [69, 37],
        [70, 38],
      ],
    });
  });

  it('closes an area of three corners into a ring of four positions', () => {
    expect(
      drawnGeometry('area', [
        [69, 37],
        [70, 38],
        [71, 37],
      ]),
    ).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [69, 37],
          [70, 38],
          [71, 37],
          [69, 37],
        ],
      ],
    });
    expect(
      drawnGeometry('area', [
        [69, 37],
        [70, 38],
      ]),
    ).toBeUndefined();
  });

  it('keeps the name, country, radius and note of the place it replaces', () => {
    const geometry = { type: 'Point' as const, coordinates: [69, 37] as [number, number] };
    const kept = { name: 'Kulob', country: 'TJ', uncertaintyKm: 25, note: 'From the article.' };
    expect(drawnPlace(kept, 'Talks', geometry)).toEqual({ ...kept, geometry });
  });

  it('names a new place after the event, with the drawn radius', () => {
    const geometry = { type: 'Point' as const, coordinates: [69, 37] as [number, number] };
    expect(drawnPlace(undefined, 'Talks', geometry)).toMatchObject({
      name: 'Talks',
      uncertaintyKm: DRAWN_KM,
    });
  });

  it('wraps a click past the antimeridian into range and rounds it to about a metre', () => {
    expect(clickPosition(190.1234567, 37.1234567)).toEqual([-169.87654, 37.12346]);
  });
});
