import { bbox } from '@turf/bbox';
import { circle } from '@turf/circle';
import { describe, expect, it } from 'vitest';
import { circleBounds } from '../../src/geo/circle-bounds';
import { placeBounds } from '../../src/geo/event-bounds';
import { CIRCLE_STEPS, uncertaintyArea } from '../../src/geo/uncertainty-shapes';
import { unionBounds } from '../../src/geo/event-bounds';

const centers: [number, number][] = [
  [68.78, 38.56],
  [0, 0],
  [179.9, -17.5], // crosses the antimeridian: east passes 180°
  [-179.95, 64.7],
  [25, 78.2], // far north: the widest vertex is not due east
  [-70.6, -33.4],
];

describe('circleBounds', () => {
  it.each(centers)("is the box of turf's circle around (%d, %d), to the last digit", (lon, lat) => {
    for (const km of [0.5, 25, 300]) {
      const drawn = bbox(circle([lon, lat], km, { units: 'kilometers', steps: CIRCLE_STEPS }));
      expect(circleBounds([lon, lat], km, CIRCLE_STEPS)).toEqual(drawn);
    }
  });
});

describe('placeBounds of a point with a circle of doubt', () => {
  it.each(centers)('is the box around the point and its drawn circle at (%d, %d)', (lon, lat) => {
    const place = {
      geometry: { type: 'Point' as const, coordinates: [lon, lat] },
      uncertaintyKm: 80,
    };
    const area = uncertaintyArea(place);
    if (!area) throw new Error('a point known to 80 km has an area');
    const drawn = bbox(area);
    const expected = unionBounds([
      [lon, lat, lon, lat],
      [drawn[0], drawn[1], drawn[2], drawn[3]],
    ]);
    expect(placeBounds(place)).toEqual(expected);
  });
});
