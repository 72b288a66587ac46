/** Bounding boxes of places, uncertainty included: what the camera must show to show an event. */
import { bbox } from '@turf/turf';
import type { BBox, LocatedPlace } from './geometry';
import { uncertaintyArea } from './uncertainty-shapes';

function boxOf(geometry: Parameters<typeof bbox>[0]): BBox {
  const [west = 0, south = 0, east = 0, north = 0] = bbox(geometry);
  return [west, south, east, north];
}

/**
 * The box around a place and the area it may be anywhere in. Boxes do not wrap the antimeridian:
 * Dateline's stories stay well inside one hemisphere.
 */
export function placeBounds(place: LocatedPlace): BBox {
  const area = uncertaintyArea(place);
  const own = boxOf(place.geometry);
  return area ? (unionBounds([own, boxOf(area)]) ?? own) : own;
}

/** The box around several boxes; undefined for none. */
export function unionBounds(boxes: readonly BBox[]): BBox | undefined {
  if (boxes.length === 0) return undefined;
  return boxes.reduce<BBox>(
    (all, box) => [
      Math.min(all[0], box[0]),
      Math.min(all[1], box[1]),
      Math.max(all[2], box[2]),
      Math.max(all[3], box[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/** The box around several events' places, leaving out events without one; undefined for none. */
export function eventsBounds(
  events: readonly { readonly place?: LocatedPlace | undefined }[],
): BBox | undefined {
  return unionBounds(events.flatMap(({ place }) => (place ? [placeBounds(place)] : [])));
}
