/**
 * Which basemap tiles a briefing carries: every tile of the world views (zooms 0–2, a few
 * dozen KB), the region around all the story's events at zooms 3–4, and the detailed zooms
 * only around each event, as far as a selected event's view reaches. Pure tile arithmetic;
 * the build reads the files.
 */
import { unionBounds } from '../geo/event-bounds';
import type { BBox } from '../geo/geometry';
import { mercatorY } from '../geo/mercator';
import { MAP_MIN_ZOOM } from '../geo/tile-index';

/**
 * The last zoom a briefing carries: zoom 6 around every event would double its basemap, and
 * the map stretches zoom 5's 1:10m tiles (about 300 m apart at their finest) closer in.
 */
export const BRIEFING_MAX_TILE_ZOOM = 5;

/** Zooms up to this are carried whole. */
export const WHOLE_WORLD_MAX_ZOOM = 2;

/** From this zoom on, tiles are carried only around each event. */
export const DETAIL_MIN_ZOOM = 5;

/**
 * Degrees around each event's place carried at the detailed zooms: a selected event is shown
 * at zoom 6 or less, where a 1280 px wide view spans about 14° of longitude.
 */
const EVENT_MARGIN_DEGREES = 7;

/** Room around the events, as a share of their box's size, and at least this many degrees. */
const MARGIN_SHARE = 0.25;
const MIN_MARGIN_DEGREES = 5;

/** The box a reader of the story may look at: the events' box with a margin on every side. */
export function briefingArea([west, south, east, north]: BBox): BBox {
  const dx = Math.max((east - west) * MARGIN_SHARE, MIN_MARGIN_DEGREES);
  const dy = Math.max((north - south) * MARGIN_SHARE, MIN_MARGIN_DEGREES);
  return [west - dx, Math.max(south - dy, -85), east + dx, Math.min(north + dy, 85)];
}

/**
 * The "z/x/y" keys of the tiles covering `area` at zooms 0..maxZoom. A box whose east passes
 * 180° (a story across the antimeridian) wraps round to the tiles on the other side.
 */
export function tilesCovering(area: BBox, maxZoom: number, minZoom = MAP_MIN_ZOOM): string[] {
  const [west, south, east, north] = area;
  const keys: string[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const n = 2 ** z;
    const whole = z <= WHOLE_WORLD_MAX_ZOOM || east - west >= 360;
    const x0 = whole ? 0 : Math.floor(((west + 180) / 360) * n);
    const x1 = whole ? n - 1 : Math.floor(((east + 180) / 360) * n);
    const y0 = z <= WHOLE_WORLD_MAX_ZOOM ? 0 : Math.floor(mercatorY(north) * n);
    const y1 =
      z <= WHOLE_WORLD_MAX_ZOOM ? n - 1 : Math.min(Math.floor(mercatorY(south) * n), n - 1);
    const xs = new Set<number>();
    for (let x = x0; x <= x1; x++) xs.add(((x % n) + n) % n);
    for (const x of [...xs].sort((a, b) => a - b)) {
      for (let y = Math.max(y0, 0); y <= y1; y++) keys.push(`${z}/${x}/${y}`);
    }
  }
  return keys;
}

/**
 * Every tile a story's briefing needs, given the box of each of its events' places (their
 * areas of doubt included: `areas`) and of the places alone (`places`). An event known only to
 * a wide area is shown at a low zoom, so the detailed tiles go only around the places.
 */
export function briefingTiles(
  areas: readonly BBox[],
  places: readonly BBox[],
  maxZoom: number,
): string[] {
  const keys = new Set(
    tilesCovering(briefingRegion(areas), Math.min(maxZoom, DETAIL_MIN_ZOOM - 1)),
  );
  for (const [west, south, east, north] of places) {
    const m = EVENT_MARGIN_DEGREES;
    const around: BBox = [west - m, Math.max(south - m, -85), east + m, Math.min(north + m, 85)];
    for (const key of tilesCovering(around, maxZoom, DETAIL_MIN_ZOOM)) keys.add(key);
  }
  return [...keys];
}

/** The region a briefing's reader can explore: all its events with a margin (the world for none). */
export function briefingRegion(areas: readonly BBox[]): BBox {
  const all = unionBounds(areas);
  return all ? briefingArea(all) : [-180, -85, 180, 85];
}

function boxOf(value: unknown, box: BBox): void {
  if (!Array.isArray(value)) return;
  const [lon, lat]: unknown[] = value;
  if (typeof lon === 'number' && typeof lat === 'number') {
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  } else value.forEach((item) => boxOf(item, box));
}

const overlaps = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * A GeoJSON FeatureCollection's text with only the features that reach into `area` (the
 * handout's world and labels, cut to the briefing's region). Build time only.
 */
export function featuresWithin(text: string, area: BBox): string {
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null || !('features' in data)) return text;
  const features: unknown = data.features;
  if (!Array.isArray(features)) return text;
  const kept = features.filter((feature: unknown) => {
    const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    if (typeof feature === 'object' && feature !== null && 'geometry' in feature) {
      const { geometry } = feature;
      if (typeof geometry === 'object' && geometry !== null && 'coordinates' in geometry) {
        boxOf(geometry.coordinates, box);
      }
    }
    return overlaps(box, area);
  });
  return JSON.stringify({ type: 'FeatureCollection', features: kept });
}
