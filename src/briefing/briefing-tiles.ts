/**
 * Which basemap tiles a briefing carries: every tile of the world views (zooms 0–2, a few
 * dozen KB), and from zoom 3 only the tiles around the story's events, with room to pan.
 * Pure tile arithmetic; the build reads the files.
 */
import type { BBox } from '../geo/geometry';
import { mercatorY } from '../geo/mercator';

/** Zooms up to this are carried whole. */
export const WHOLE_WORLD_MAX_ZOOM = 2;

/** Room around the events, as a share of their box's size, and at least this many degrees. */
const MARGIN_SHARE = 0.5;
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
export function tilesCovering(area: BBox, maxZoom: number): string[] {
  const [west, south, east, north] = area;
  const keys: string[] = [];
  for (let z = 0; z <= maxZoom; z++) {
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
