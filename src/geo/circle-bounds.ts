/**
 * The box around a point's uncertainty circle without building the circle: the same vertices
 * as turf's `circle` (uncertainty-shapes.ts draws it with CIRCLE_STEPS), computed as numbers
 * and boxed as they come. At 100,000 events the story's box built a 48-vertex polygon of
 * GeoJSON points per event, about 0.9 GB of short-lived objects while the map loaded, and the
 * first drag of the time window paid for collecting what was left of it.
 */
import { degreesToRadians, lengthToRadians, radiansToDegrees } from '@turf/helpers';
import type { BBox } from './geometry';

/** The box of the `steps` vertices turf's circle(center, km, { steps }) puts around `center`. */
export function circleBounds(center: readonly number[], km: number, steps: number): BBox {
  // turf's destination(), vertex by vertex, with the same operations so the box is the same.
  const lon1 = degreesToRadians(center[0] ?? 0);
  const lat1 = degreesToRadians(center[1] ?? 0);
  const radians = lengthToRadians(km, 'kilometers');
  const sinLat1 = Math.sin(lat1);
  const cosLat1 = Math.cos(lat1);
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (let i = 0; i < steps; i += 1) {
    const bearing = degreesToRadians((i * -360) / steps);
    const lat2 = Math.asin(
      sinLat1 * Math.cos(radians) + cosLat1 * Math.sin(radians) * Math.cos(bearing),
    );
    const lon2 =
      lon1 +
      Math.atan2(
        Math.sin(bearing) * Math.sin(radians) * cosLat1,
        Math.cos(radians) - sinLat1 * Math.sin(lat2),
      );
    const lon = radiansToDegrees(lon2);
    const lat = radiansToDegrees(lat2);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}
