import {
  area,
  booleanPointInPolygon,
  circle,
  distance,
  featureCollection,
  union,
} from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { CIRCLE_STEPS, honestShape, uncertaintyArea } from '../../src/geo/uncertainty-shapes';

const DUSHANBE = [68.78, 38.56];

/** A one-degree square over southern Tajikistan. */
const SQUARE = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [68, 37],
      [69, 37],
      [69, 38],
      [68, 38],
      [68, 37],
    ],
  ],
};

describe('uncertaintyArea', () => {
  it('draws a point known to 50 km as a circle of 50 km radius', () => {
    const shape = uncertaintyArea({
      geometry: { type: 'Point', coordinates: DUSHANBE },
      uncertaintyKm: 50,
    });
    expect(shape?.type).toBe('Polygon');
    const ring = shape?.type === 'Polygon' ? shape.coordinates[0] : [];
    expect(ring).toHaveLength(CIRCLE_STEPS + 1);
    for (const vertex of ring ?? []) expect(distance(DUSHANBE, vertex)).toBeCloseTo(50, 0);
  });

  it('gives an exact point no area', () => {
    expect(
      uncertaintyArea({ geometry: { type: 'Point', coordinates: DUSHANBE }, uncertaintyKm: 0 }),
    ).toBeUndefined();
  });

  it('merges overlapping circles around the points of a MultiPoint', () => {
    const shape = uncertaintyArea({
      geometry: { type: 'MultiPoint', coordinates: [DUSHANBE, [68.9, 38.56]] },
      uncertaintyKm: 20,
    });
    expect(shape?.type).toBe('Polygon');
  });

  it('keeps far-apart circles of a MultiPoint as separate parts', () => {
    const shape = uncertaintyArea({
      geometry: { type: 'MultiPoint', coordinates: [DUSHANBE, [37.62, 55.76]] },
      uncertaintyKm: 20,
    });
    expect(shape?.type).toBe('MultiPolygon');
    expect(shape?.type === 'MultiPolygon' ? shape.coordinates.length : 0).toBe(2);
  });

  it('draws circles of a MultiPoint that lie apart exactly as merging them would', () => {
    // Same parts, vertices and ring starts: a dashed edge keeps its dashes where they were.
    const cities = [DUSHANBE, [37.62, 55.76], [69.28, 41.31]];
    const merged = union(
      featureCollection(cities.map((city) => circle(city, 20, { steps: CIRCLE_STEPS }))),
    )?.geometry;
    const shape = uncertaintyArea({
      geometry: { type: 'MultiPoint', coordinates: cities },
      uncertaintyKm: 20,
    });
    const byStart = (parts: number[][][][]) =>
      [...parts].sort((a, b) => (a[0]?.[0]?.[0] ?? 0) - (b[0]?.[0]?.[0] ?? 0));
    expect(shape?.type).toBe('MultiPolygon');
    expect(merged?.type).toBe('MultiPolygon');
    if (shape?.type !== 'MultiPolygon' || merged?.type !== 'MultiPolygon') return;
    expect(byStart(shape.coordinates)).toEqual(byStart(merged.coordinates));
  });

  it('widens a line by its uncertainty into a corridor that contains it', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [67.5, 37.2],
        [69.5, 37.1],
      ],
    };
    const shape = uncertaintyArea({ geometry: line, uncertaintyKm: 30 });
    expect(shape?.type).toBe('Polygon');
    if (shape?.type !== 'Polygon') return;
    expect(booleanPointInPolygon([68.5, 37.15], shape)).toBe(true);
    expect(booleanPointInPolygon([68.5, 37.15 + 0.2], shape)).toBe(true); // ~22 km north
    expect(booleanPointInPolygon([68.5, 37.15 + 0.4], shape)).toBe(false); // ~44 km north
  });

  it('gives an exact line no area', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [67.5, 37.2],
        [69.5, 37.1],
      ],
    };
    expect(uncertaintyArea({ geometry: line, uncertaintyKm: 0 })).toBeUndefined();
  });

  it('takes an exact polygon as its own area', () => {
    const polygon = SQUARE;
    expect(uncertaintyArea({ geometry: polygon, uncertaintyKm: 0 })).toEqual(polygon);
  });

  it('widens an uncertain polygon', () => {
    const polygon = SQUARE;
    const shape = uncertaintyArea({ geometry: polygon, uncertaintyKm: 20 });
    expect(shape && area(shape)).toBeGreaterThan(area(polygon) * 1.2);
  });
});

describe('honestShape', () => {
  it('is the geometry itself when the place has no area', () => {
    const point = { type: 'Point' as const, coordinates: DUSHANBE };
    expect(honestShape({ geometry: point, uncertaintyKm: 0 })).toBe(point);
  });

  it('is the uncertainty area when there is one', () => {
    expect(
      honestShape({ geometry: { type: 'Point', coordinates: DUSHANBE }, uncertaintyKm: 5 }).type,
    ).toBe('Polygon');
  });
});
