/** Web Mercator, as MapLibre draws it: x and y from 0 to 1 across the world, y growing south. */
import { normalizeLon, type BBox, type LonLat } from './geometry';

/** Web Mercator's latitude limit. */
export const MAX_LATITUDE = 85.051129;

/** MapLibre's tile size: the world is 512 px wide at zoom 0. */
const TILE_SIZE = 512;

/** How wide the world is at `zoom`, in the map's px. */
export function worldPx(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

/** Longitude to x in [0, 1]. */
export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

/** Latitude to y in [0, 1], 0 at the top. */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const phi = (clamped * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

/** x, y back to [lon, lat]. */
export function unproject(x: number, y: number): LonLat {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

/** A camera: where the map is centred and how far it is zoomed. */
export interface CameraPosition {
  readonly lon: number;
  readonly lat: number;
  readonly zoom: number;
}

/** What the camera must fit into. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
  /** Space to keep clear on every side, px. */
  readonly padding: number;
  /** The closest zoom to use: a single point would otherwise zoom in without end. */
  readonly maxZoom: number;
}

/** The camera that shows a box whole inside a viewport, as MapLibre's fitBounds would. */
export function cameraForBounds(box: BBox, viewport: Viewport): CameraPosition {
  const [west, south, east, north] = box;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const width = Math.max(viewport.width - 2 * viewport.padding, 1);
  const height = Math.max(viewport.height - 2 * viewport.padding, 1);
  const scale = Math.min(width / ((x1 - x0) * TILE_SIZE), height / ((y1 - y0) * TILE_SIZE));
  const zoom = Math.max(0, Math.min(viewport.maxZoom, Math.log2(scale)));
  const [lon, lat] = unproject((x0 + x1) / 2, (y0 + y1) / 2);
  // A box across the antimeridian has its east past 180°: the centre comes back into range.
  return { lon: normalizeLon(lon), lat, zoom };
}
