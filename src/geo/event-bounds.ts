/** Bounding boxes of places, uncertainty included: what the camera must show to show an event. */
import { bbox } from '@turf/bbox';
import { normalizeLon, type BBox, type LocatedPlace } from './geometry';
import { runSteps } from '../story/work-in-slices';
import { circleBounds } from './circle-bounds';
import { CIRCLE_STEPS, uncertaintyArea } from './uncertainty-shapes';

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
  const { geometry, uncertaintyKm: km } = place;
  const own = geometryBounds(geometry);
  // A point's area is a circle: its box is computed without the polygon (circle-bounds.ts).
  if (geometry.type === 'Point' && km > 0)
    return unionBounds([own, circleBounds(geometry.coordinates, km, CIRCLE_STEPS)]) ?? own;
  const area = uncertaintyArea(place);
  return area ? (unionBounds([own, geometryBounds(area)]) ?? own) : own;
}

/** Spans handled between two chances to yield. */
const SPANS_PER_STEP = 4096;

/**
 * The box around several boxes as steps. Its span of longitude is the narrowest that holds
 * every box's [west, east], going either way round the world: a story in Fiji (178° E to 178° W)
 * spans 4°, not 356°. East may pass 180° when the span crosses the antimeridian, as MapLibre's
 * bounds do. Wests and easts are sorted apart, as numbers in typed arrays (sorting 100,000 pairs
 * with a comparator took 0.3–0.7 s), and merged by a sweep that counts the spans open.
 */
function* unionSteps(boxes: readonly BBox[]): Generator<void, BBox | undefined> {
  const count = boxes.length;
  if (count === 0) return undefined;
  const wests = new Float64Array(count);
  const easts = new Float64Array(count);
  let south = Infinity;
  let north = -Infinity;
  for (let index = 0; index < count; index += 1) {
    if (index % SPANS_PER_STEP === SPANS_PER_STEP - 1) yield;
    const [west = 0, boxSouth = 0, east = 0, boxNorth = 0] = boxes[index] ?? [];
    const whole = east - west >= 360;
    const w = whole ? -180 : normalizeLon(west);
    wests[index] = w;
    easts[index] = whole ? 180 : w + (east - west);
    south = Math.min(south, boxSouth);
    north = Math.max(north, boxNorth);
  }
  wests.sort();
  yield;
  easts.sort();
  yield;
  // Overlapping (or touching) spans merge; then the widest gap between the merged spans is the
  // part of the world to leave out.
  const merged: [number, number][] = [];
  let open = 0;
  let closed = 0;
  let begin = 0;
  for (let index = 0; index < count; index += 1) {
    if (index % SPANS_PER_STEP === SPANS_PER_STEP - 1) yield;
    const start = wests[index] ?? 0;
    // Every span ending before this one starts has started: the count open never goes below 0.
    while (closed < count && (easts[closed] ?? 0) < start) {
      closed += 1;
      open -= 1;
      if (open === 0) merged.push([begin, easts[closed - 1] ?? 0]);
    }
    if (open === 0) begin = start;
    open += 1;
  }
  merged.push([begin, easts[count - 1] ?? 0]);
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
  return [best[0], south, best[1], north];
}

/** The box around several boxes, the short way round the antimeridian; undefined for none. */
export function unionBounds(boxes: readonly BBox[]): BBox | undefined {
  return runSteps(unionSteps(boxes));
}

type Placed = { readonly place?: LocatedPlace | undefined };

/** Places boxed between two chances to yield: an uncertainty circle costs ~30 µs on a busy machine. */
const BOXES_PER_STEP = 64;

const boundsOf = new WeakMap<readonly Placed[], BBox | undefined>();

/**
 * The box around several events' places as steps (a generator that yields between small runs of
 * places), kept per list of events: at 100,000 events with circles of doubt the box took one
 * task of about 3 s before the map's first frame. eventsBounds runs the same steps at once.
 */
export function* eventsBoundsSteps(events: readonly Placed[]): Generator<void, BBox | undefined> {
  if (boundsOf.has(events)) return boundsOf.get(events);
  const boxes: BBox[] = [];
  for (let index = 0; index < events.length; index += 1) {
    if (index % BOXES_PER_STEP === BOXES_PER_STEP - 1) yield;
    const place = events[index]?.place;
    if (place) boxes.push(placeBounds(place));
  }
  const box = yield* unionSteps(boxes);
  boundsOf.set(events, box);
  return box;
}

/** The box around several events' places, leaving out events without one; undefined for none. */
export function eventsBounds(events: readonly Placed[]): BBox | undefined {
  return runSteps(eventsBoundsSteps(events));
}
