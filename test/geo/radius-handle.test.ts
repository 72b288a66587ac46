import { circle } from '@turf/circle';
import { describe, expect, it } from 'vitest';
import {
  MAX_RADIUS_KM,
  distanceKm,
  eastOf,
  radiusAfterKey,
  radiusAt,
  roundRadiusKm,
} from '../../src/geo/radius-handle';

const dushanbe: [number, number] = [68.78, 38.56];

describe('eastOf', () => {
  it('is due east: the same latitude on the equator, a longer longitude step further north', () => {
    const onEquator = eastOf([10, 0], 111.2);
    expect(onEquator[1]).toBeCloseTo(0, 9);
    expect(onEquator[0]).toBeCloseTo(11, 2);
    const north = eastOf([10, 60], 111.2);
    expect(north[0] - 10).toBeCloseTo(2, 1);
  });

  it('lies on the circle turf draws for the uncertainty, at its eastern vertex', () => {
    // With 4 steps turf's circle has one vertex due east: the one furthest east.
    const ring = circle(dushanbe, 50, { units: 'kilometers', steps: 4 }).geometry.coordinates[0];
    const east = [...(ring ?? [])].sort((a, b) => (b[0] ?? 0) - (a[0] ?? 0))[0];
    const handle = eastOf(dushanbe, 50);
    expect(handle[0]).toBeCloseTo(east?.[0] ?? NaN, 6);
    expect(handle[1]).toBeCloseTo(east?.[1] ?? NaN, 6);
  });

  it('wraps across the antimeridian', () => {
    const [lon] = eastOf([179.9, 0], 100);
    expect(lon).toBeLessThan(-179);
  });
});

describe('radiusAt', () => {
  it.each([0.3, 2.5, 9.9, 12, 150, 4000])(
    'gives back %s km from the handle at that radius',
    (km) => {
      expect(radiusAt(dushanbe, eastOf(dushanbe, km))).toBe(km);
    },
  );

  it('measures a handle dragged off the east line by its distance, not its longitude', () => {
    const d = distanceKm(dushanbe, [dushanbe[0], dushanbe[1] + 1]);
    expect(d).toBeCloseTo(111.2, 1);
    expect(radiusAt(dushanbe, [dushanbe[0], dushanbe[1] + 1])).toBe(111);
  });
});

describe('roundRadiusKm', () => {
  it('keeps a tenth of a km under 10 km and whole km from 10 km', () => {
    expect(roundRadiusKm(3.14159)).toBe(3.1);
    expect(roundRadiusKm(9.94)).toBe(9.9);
    expect(roundRadiusKm(12.6)).toBe(13);
    expect(roundRadiusKm(10.4)).toBe(10);
  });

  it('is never negative nor past the story format’s largest radius', () => {
    expect(roundRadiusKm(-3)).toBe(0);
    expect(roundRadiusKm(Number.NaN)).toBe(0);
    expect(roundRadiusKm(9000)).toBe(MAX_RADIUS_KM);
  });
});

describe('radiusAfterKey', () => {
  it('steps 1 km up and down, 10 km with Shift', () => {
    expect(radiusAfterKey(5, { key: 'ArrowRight', shiftKey: false })).toBe(6);
    expect(radiusAfterKey(5, { key: 'ArrowUp', shiftKey: true })).toBe(15);
    expect(radiusAfterKey(5, { key: 'ArrowLeft', shiftKey: false })).toBe(4);
    expect(radiusAfterKey(25, { key: 'ArrowDown', shiftKey: true })).toBe(15);
  });

  it('stops at 0 km', () => {
    expect(radiusAfterKey(0.4, { key: 'ArrowLeft', shiftKey: false })).toBe(0);
    expect(radiusAfterKey(3, { key: 'ArrowDown', shiftKey: true })).toBe(0);
  });

  it('leaves other keys to the page', () => {
    expect(radiusAfterKey(5, { key: 'Enter', shiftKey: false })).toBeUndefined();
  });
});
