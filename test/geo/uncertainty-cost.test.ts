import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { uncertaintyArea } from '../../src/geo/uncertainty-shapes';

/** Deterministic positions scattered over Central Asia. */
function scattered(count: number, seed = 3): [number, number][] {
  let state = seed;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => [60 + random() * 15, 33 + random() * 8]);
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

// Before the caps these took about 25 s (1,000 merged circles) and 27 s (a 200-vertex zigzag).
describe('what one event may cost', () => {
  it('draws 1,000 uncertain points in well under a second, covering every point', () => {
    const points = scattered(1000);
    const { value: area, ms } = timed(() =>
      uncertaintyArea({ geometry: { type: 'MultiPoint', coordinates: points }, uncertaintyKm: 50 }),
    );
    expect(ms).toBeLessThan(1500);
    expect(area).toBeDefined();
    if (!area) return;
    for (const point of points.slice(0, 50)) expect(booleanPointInPolygon(point, area)).toBe(true);
  });

  it('widens a 200-vertex zigzag line in well under a second, covering every vertex', () => {
    const line = scattered(200, 9);
    const { value: area, ms } = timed(() =>
      uncertaintyArea({ geometry: { type: 'LineString', coordinates: line }, uncertaintyKm: 50 }),
    );
    expect(ms).toBeLessThan(1500);
    expect(area).toBeDefined();
    if (!area) return;
    for (const point of line) expect(booleanPointInPolygon(point, area)).toBe(true);
  });
});
