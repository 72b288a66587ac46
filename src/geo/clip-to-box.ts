/**
 * Shapes cut to a box in a drawing's own units: a still map keeps only what its picture can
 * show, so a coastline a thousand kilometres past the edge costs no bytes. Pure, planar: the
 * points are already projected. The cutting is turf's `bboxClip` (mapbox's lineclip:
 * Sutherland–Hodgman for rings, Cohen–Sutherland for lines), which takes any plane units.
 */
import { bboxClip } from '@turf/bbox-clip';
import { lineString, polygon } from '@turf/helpers';
import type { Position } from 'geojson';

/** A point in a drawing: x to the right, y down. */
export type PlanePoint = readonly [x: number, y: number];

/** A box in a drawing: [left, top, right, bottom]. */
export type PlaneBox = readonly [left: number, top: number, right: number, bottom: number];

const toPosition = ([x, y]: PlanePoint): Position => [x, y];
const toPoint = (position: Position): PlanePoint => [position[0] ?? 0, position[1] ?? 0];

/**
 * A closed ring cut to the box: the same area inside the box, with the cut running along the
 * box's edges; [] when none of it is inside. A ring that is cut more than once comes back as one
 * ring joined along the edges, which fills the same area: the box must lie past what is seen, so
 * that those edges (and their strokes) are out of sight.
 */
export function clipRing(ring: readonly PlanePoint[], box: PlaneBox): PlanePoint[] {
  const first = ring[0];
  if (!first || ring.length < 3) return [];
  const closed = [...ring.map(toPosition), toPosition(first)];
  const { geometry } = bboxClip(polygon([closed]), [...box]);
  const [cut] = geometry.type === 'Polygon' ? geometry.coordinates : [];
  // turf closes the ring again; the drawing closes it with `z`.
  return cut ? cut.slice(0, -1).map(toPoint) : [];
}

/** An open line cut to the box: the pieces of it inside, in order; [] when it misses the box. */
export function clipLine(line: readonly PlanePoint[], box: PlaneBox): PlanePoint[][] {
  if (line.length < 2) return [];
  const { geometry } = bboxClip(lineString(line.map(toPosition)), [...box]);
  if (geometry.type === 'LineString') return [geometry.coordinates.map(toPoint)];
  if (geometry.type === 'MultiLineString')
    return geometry.coordinates.map((piece) => piece.map(toPoint));
  return [];
}

/** True when the points' bounding box meets the box (a ring round the box meets it too). */
export function meetsBox(points: readonly PlanePoint[], [left, top, right, bottom]: PlaneBox) {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return minX <= right && maxX >= left && minY <= bottom && maxY >= top;
}
