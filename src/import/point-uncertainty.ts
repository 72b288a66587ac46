/**
 * How far a point from a file may be from where the event was, when the file does not say.
 * Two honest floors, the larger wins:
 * - the coordinates' own precision: "-75.5" claims no more than ±0.05°, about 5.6 km;
 * - for a pin placed by hand on a web map (StoryMapJS), about 20 screen pixels at the zoom the
 *   author worked at: a pin's head is that size, so the author could not place it closer.
 */

const KM_PER_DEGREE = 111.32;
const EARTH_CIRCUMFERENCE_KM = 40_075.017;
const PIN_PX = 20;

/** Half a unit in the last written decimal place, in km, at this latitude. */
export function resolutionKm(lon: string, lat: string, latitude: number): number {
  const cos = Math.max(Math.cos((latitude * Math.PI) / 180), 0.01);
  const latKm = halfLastPlace(lat) * KM_PER_DEGREE;
  const lonKm = halfLastPlace(lon) * KM_PER_DEGREE * cos;
  return Math.max(latKm, lonKm);
}

/** The ground width of a pin's head at a Web Mercator zoom (256-pixel tiles). */
export function pinKm(zoom: number, latitude: number): number {
  const cos = Math.cos((latitude * Math.PI) / 180);
  return (PIN_PX * EARTH_CIRCUMFERENCE_KM * cos) / (256 * 2 ** zoom);
}

/** Kilometres rounded to two significant digits (at least 0.01 km): no false precision. */
export function roundKm(km: number): number {
  return Math.min(5000, Math.max(0.01, Number(km.toPrecision(2))));
}

function halfLastPlace(text: string): number {
  const decimals = /\.(\d+)$/.exec(text.trim())?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}
