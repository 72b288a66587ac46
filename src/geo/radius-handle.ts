/**
 * The map's radius handle, as numbers: where on the uncertainty circle the handle sits (due east
 * of the point), how many km a dragged handle says, and what a key press does to the radius.
 * Pure, so the editing maths is tested apart from the map.
 */
import type { LonLat } from './geometry';

/**
 * Turf's mean Earth radius: the circle on the map is drawn by turf (uncertainty-shapes.ts), so
 * the handle uses the same sphere and sits exactly on its edge.
 */
const EARTH_KM = 6371.0088;

/** The story format's largest radius (story-schema.ts); the handle never asks for more. */
export const MAX_RADIUS_KM = 5000;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/** The point `km` due east of `[lon, lat]` along a great circle (bearing 90°). */
export function eastOf([lon, lat]: LonLat, km: number): LonLat {
  const phi = toRadians(lat);
  const delta = km / EARTH_KM;
  // The destination formula with cos(bearing) = 0 and sin(bearing) = 1.
  const phi2 = Math.asin(Math.sin(phi) * Math.cos(delta));
  const lambda = Math.atan2(
    Math.sin(delta) * Math.cos(phi),
    Math.cos(delta) - Math.sin(phi) * Math.sin(phi2),
  );
  const east = lon + toDegrees(lambda);
  // Wrapped past the antimeridian only when it crosses it, so small moves keep exact numbers.
  return [east >= 180 ? east - 360 : east, toDegrees(phi2)];
}

/** Great-circle distance in km (haversine). */
export function distanceKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const dPhi = toRadians(lat2 - lat1);
  const dLambda = toRadians(lon2 - lon1);
  const a =
    Math.sin(dPhi / 2) ** 2 +
    Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A radius as a person would say it: to 0.1 km under 10 km, to whole km from there, within
 * 0 … MAX_RADIUS_KM. A drag is no more precise than that, and the file stays readable.
 */
export function roundRadiusKm(km: number): number {
  if (!Number.isFinite(km) || km <= 0) return 0;
  const clamped = Math.min(km, MAX_RADIUS_KM);
  return clamped < 10 ? Math.round(clamped * 10) / 10 : Math.round(clamped);
}

/** The radius a handle dragged to `at` gives the point `centre`. */
export function radiusAt(centre: LonLat, at: LonLat): number {
  return roundRadiusKm(distanceKm(centre, at));
}

/** The slider's keys: ±1 km, ±10 km with Shift. */
export interface RadiusKey {
  readonly key: string;
  readonly shiftKey: boolean;
}

/** The radius after a key press on the handle, or undefined for a key the handle leaves alone. */
export function radiusAfterKey(km: number, { key, shiftKey }: RadiusKey): number | undefined {
  const step = shiftKey ? 10 : 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return roundRadiusKm(km + step);
    case 'ArrowLeft':
    case 'ArrowDown':
      return roundRadiusKm(km - step);
    default:
      return undefined;
  }
}
