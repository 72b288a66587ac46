/**
 * Named places of the basemap (the cities in public/geo/labels.geojson): used to call a group of events by the
 * town they are in ("Moscow"), rather than by one event's long description of its place.
 */
import { distance } from '@turf/distance';
import type { LonLat } from './geometry';

/** A town or city with its position. */
export interface NamedPlace {
  readonly name: string;
  readonly position: LonLat;
}

/** How far from a town a marker may be and still be called by the town's name. */
export const NEAR_KM = 50;

/** The Earth's radius in km as turf's distance takes it, a hair less so rounding never skips a town in reach. */
const KM_PER_RADIAN = 6371.0088 * (1 - 1e-9);
const RADIANS_PER_DEGREE = Math.PI / 180;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function placeOf(feature: unknown): NamedPlace | undefined {
  if (!isRecord(feature) || !isRecord(feature.geometry) || !isRecord(feature.properties))
    return undefined;
  const { name, kind } = feature.properties;
  // Country names label areas, not towns: a marker near a country's label is not "in" it.
  if (kind === 'country') return undefined;
  const { type, coordinates } = feature.geometry;
  if (type !== 'Point' || !Array.isArray(coordinates) || typeof name !== 'string' || name === '')
    return undefined;
  const [lon, lat]: unknown[] = coordinates;
  return typeof lon === 'number' && typeof lat === 'number'
    ? { name, position: [lon, lat] }
    : undefined;
}

/** Reads named points from GeoJSON of unknown shape; anything else is skipped. */
export function parseGazetteer(data: unknown): NamedPlace[] {
  if (!isRecord(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features))
    return [];
  return data.features.flatMap((feature: unknown) => placeOf(feature) ?? []);
}

/** The nearest named place within `maxKm`; the first listed wins a tie (the basemap lists capitals first). */
export function nearestPlace(
  position: LonLat,
  gazetteer: readonly NamedPlace[],
  maxKm: number = NEAR_KM,
): NamedPlace | undefined {
  let best: { place: NamedPlace; km: number } | undefined;
  // A town more than maxKm north or south is farther than maxKm whatever its longitude, so the
  // great-circle distance (most of the scan's time: a group's name reads every town) is skipped.
  const band = maxKm / KM_PER_RADIAN;
  for (const place of gazetteer) {
    if (Math.abs(place.position[1] - position[1]) * RADIANS_PER_DEGREE > band) continue;
    const km = distance(position, place.position);
    if (km <= maxKm && (!best || km < best.km)) best = { place, km };
  }
  return best?.place;
}
