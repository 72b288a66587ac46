import { describe, expect, it } from 'vitest';
import { nearestPlace, parseGazetteer, type NamedPlace } from '../../src/geo/gazetteer';

const GAZETTEER: NamedPlace[] = [
  { name: 'Kabul', position: [69.172, 34.528] },
  { name: 'Jalalabad', position: [70.452, 34.426] },
];

describe('parseGazetteer', () => {
  it('reads named points', () => {
    const data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Kabul', rank: 1 },
          geometry: { type: 'Point', coordinates: [69.172, 34.528] },
        },
      ],
    };
    expect(parseGazetteer(data)).toEqual([{ name: 'Kabul', position: [69.172, 34.528] }]);
  });

  it('skips features without a name or a point, and anything that is not GeoJSON', () => {
    const data = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } },
        {
          type: 'Feature',
          properties: { name: 'Line' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [1, 2],
              [3, 4],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: 'Bad' },
          geometry: { type: 'Point', coordinates: ['1', 2] },
        },
        null,
      ],
    };
    expect(parseGazetteer(data)).toEqual([]);
    expect(parseGazetteer('nonsense')).toEqual([]);
  });
});

describe('nearestPlace', () => {
  it('finds the nearest town within reach', () => {
    expect(nearestPlace([69.212, 34.566], GAZETTEER)?.name).toBe('Kabul');
  });

  it('finds none beyond reach', () => {
    expect(nearestPlace([66, 34], GAZETTEER)).toBeUndefined();
  });

  it('finds a town due north at the edge of reach, and none just past it', () => {
    // 50 km along a meridian is 50 / 6371.0088 radians of latitude.
    const edge = (50 / 6371.0088) * (180 / Math.PI);
    const north: NamedPlace[] = [{ name: 'North', position: [69, 34 + edge * 0.999999] }];
    const past: NamedPlace[] = [{ name: 'Past', position: [69, 34 + edge * 1.000001] }];
    expect(nearestPlace([69, 34], north)?.name).toBe('North');
    expect(nearestPlace([69, 34], past)).toBeUndefined();
  });

  it('finds a town across the antimeridian', () => {
    const fiji: NamedPlace[] = [{ name: 'Taveuni', position: [179.95, -16.8] }];
    expect(nearestPlace([-179.98, -16.78], fiji)?.name).toBe('Taveuni');
  });
});
