import { booleanPointInPolygon, kinks } from '@turf/turf';
import { coordAll } from '@turf/meta';
import type { buffer } from '@turf/buffer';
import type { Geometry } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import { uncertaintyArea } from '../../src/geo/uncertainty-shapes';

// What one event may cost is held by what reaches the two superlinear steps, counted rather than
// timed (before the caps, 1,000 merged circles took about 25 s and a 200-vertex zigzag 27 s).
/** Past a few dozen circles or crossing vertices, the merge and the widening take seconds. */
const AFFORDABLE = 24;

const seen = vi.hoisted(() => {
  const unionSizes: number[] = [];
  const buffered: Parameters<typeof buffer>[0][] = [];
  return { unionSizes, buffered };
});

vi.mock('@turf/union', async (original) => {
  const real = await original<typeof import('@turf/union')>();
  return {
    ...real,
    union: (...args: Parameters<typeof real.union>) => {
      seen.unionSizes.push(args[0].features.length);
      return real.union(...args);
    },
  };
});

vi.mock('@turf/buffer', async (original) => {
  const real = await original<typeof import('@turf/buffer')>();
  return {
    ...real,
    buffer: (...args: Parameters<typeof real.buffer>) => {
      seen.buffered.push(args[0]);
      return real.buffer(...args);
    },
  };
});

/** A one-degree square around Kabul. */
const SQUARE_NEAR_KABUL = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [68.7, 34.1],
      [69.7, 34.1],
      [69.7, 35.1],
      [68.7, 35.1],
      [68.7, 34.1],
    ],
  ],
};

/** Deterministic positions scattered over Central Asia. */
function scattered(count: number, seed = 3): [number, number][] {
  let state = seed;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => [60 + random() * 15, 33 + random() * 8]);
}

/** Few vertices, or a line or polygon that never crosses itself. */
function isCheapToBuffer(shape: Parameters<typeof buffer>[0]): boolean {
  if (coordAll(shape).length <= AFFORDABLE) return true;
  if (shape.type === 'FeatureCollection') return false;
  const geometry: Geometry = shape.type === 'Feature' ? shape.geometry : shape;
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') return true;
  if (geometry.type === 'GeometryCollection') return false;
  return kinks(geometry).features.length === 0;
}

describe('what one event may cost', () => {
  it('merges a few dozen circles at most for 1,000 uncertain points, covering every point', () => {
    seen.unionSizes.length = 0;
    const points = scattered(1000);
    const area = uncertaintyArea({
      geometry: { type: 'MultiPoint', coordinates: points },
      uncertaintyKm: 50,
    });
    expect(Math.max(0, ...seen.unionSizes)).toBeLessThanOrEqual(AFFORDABLE);
    expect(area).toBeDefined();
    if (!area) return;
    for (const point of points) expect(booleanPointInPolygon(point, area)).toBe(true);
  });

  it('merges no circles of a MultiPoint that lie apart', () => {
    seen.unionSizes.length = 0;
    // Moscow and Dushanbe, each known to 10 km: the 20-event story's usual pair.
    const area = uncertaintyArea({
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [37.6176, 55.7558],
          [68.7738, 38.5598],
        ],
      },
      uncertaintyKm: 10,
    });
    expect(seen.unionSizes).toEqual([]);
    expect(area?.type).toBe('MultiPolygon');
  });

  it('widens a place once however often its area is asked for', () => {
    seen.buffered.length = 0;
    const place = { geometry: SQUARE_NEAR_KABUL, uncertaintyKm: 30 };
    const first = uncertaintyArea(place);
    expect(uncertaintyArea(place)).toEqual(first);
    expect(seen.buffered).toHaveLength(1);
  });

  it('widens a 200-vertex zigzag from a simple shape, covering every vertex', () => {
    seen.buffered.length = 0;
    const line = scattered(200, 9);
    const area = uncertaintyArea({
      geometry: { type: 'LineString', coordinates: line },
      uncertaintyKm: 50,
    });
    // Buffering is cheap for a shape of few vertices or one that never crosses itself (a hull).
    expect(seen.buffered.length).toBeGreaterThan(0);
    for (const shape of seen.buffered) expect(isCheapToBuffer(shape)).toBe(true);
    expect(area).toBeDefined();
    if (!area) return;
    for (const point of line) expect(booleanPointInPolygon(point, area)).toBe(true);
  });
});
