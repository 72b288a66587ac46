/** Bounding boxes of places, uncertainty included: what the camera must show to show an event. */
import { bbox } from '@turf/bbox';
import { normalizeLon, type BBox, type LocatedPlace } from './geometry';
import { uncertaintyArea } from './uncertainty-shapes';

type Bounded = Parameters<typeof bbox>[0];

/** The box of one geometry as turf gives it: west to east without going round the world. */
function plainBounds(geometry: Bounded): BBox {
  const [west = 0, south = 0, east = 0, north = 0] = bbox(geometry);
  return [west, south, east, north];
}

/**
 * The box around a geometry alone. A multi-part geometry is boxed part by part and the boxes
 * joined the short way round: an outline cut at the antimeridian (Fiji, Russia's Chukotka) has
 * parts at 179° E and 179° W, and one box over them would span the whole world.
 */
export function geometryBounds(geometry: Bounded): BBox {
  const parts = multiParts(geometry);
  return (parts.length > 1 && unionBounds(parts.map(plainBounds))) || plainBounds(geometry);
}

function multiParts(geometry: Bounded): Bounded[] {
  switch (geometry.type) {
    case 'MultiPolygon':
      return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    case 'MultiLineString':
      return geometry.coordinates.map((coordinates) => ({ type: 'LineString', coordinates }));
    case 'MultiPoint':
      return geometry.coordinates.map((coordinates) => ({ type: 'Point', coordinates }));
    case 'GeometryCollection':
      return [...geometry.geometries];
    default:
      return [geometry];
  }
}

/** The box around a place and the area it may be anywhere in. */
export function placeBounds(place: LocatedPlace): BBox {
  const area = uncertaintyArea(place);
  const own = geometryBounds(place.geometry);
  return area ? (unionBounds([own, geometryBounds(area)]) ?? own) : own;
}

/**
 * The narrowest span of longitude that holds every [west, east] span, going either way round
 * the world: a story in Fiji (178° E to 178° W) spans 4°, not 356°. East may pass 180° when the
 * span crosses the antimeridian, as MapLibre's bounds do.
 */
function lonSpan(spans: readonly [number, number][]): [number, number] {
  const sorted = spans
    .map(([west, east]): [number, number] => {
      if (east - west >= 360) return [-180, 180];
      const w = normalizeLon(west);
      return [w, w + (east - west)];
    })
    .sort((a, b) => a[0] - b[0]);
  // Merge overlapping spans; then the widest gap between them is the part of the world to leave out.
  const merged: [number, number][] = [];
  for (const [west, east] of sorted) {
    const last = merged.at(-1);
    if (last && west <= last[1]) last[1] = Math.max(last[1], east);
    else merged.push([west, east]);
  }
  const first = merged[0] ?? [0, 0];
  const last = merged.at(-1) ?? first;
  let best: [number, number] = [first[0], last[1]];
  let widestGap = first[0] + 360 - last[1];
  for (let i = 1; i < merged.length; i++) {
    const gap = (merged[i]?.[0] ?? 0) - (merged[i - 1]?.[1] ?? 0);
    if (gap > widestGap) {
      widestGap = gap;
      best = [merged[i]?.[0] ?? 0, (merged[i - 1]?.[1] ?? 0) + 360];
    }
  }
  return best;
}

/** The box around several boxes, the short way round the antimeridian; undefined for none. */
export function unionBounds(boxes: readonly BBox[]): BBox | undefined {
  if (boxes.length === 0) return undefined;
  const [west, east] = lonSpan(boxes.map((box) => [box[0], box[2]]));
  const south = Math.min(...boxes.map((box) => box[1]));
  const north = Math.max(...boxes.map((box) => box[3]));
  return [west, south, east, north];
}

/** The box around several events' places, leaving out events without one; undefined for none. */
export function eventsBounds(
  events: readonly { readonly place?: LocatedPlace | undefined }[],
): BBox | undefined {
  return unionBounds(events.flatMap(({ place }) => (place ? [placeBounds(place)] : [])));
}
