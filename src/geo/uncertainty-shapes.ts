/**
 * The honest shape of where an event happened: a place known to 50 km is drawn as the area it
 * could be anywhere in, not as a pin. Pure geometry (turf); no map library here.
 */
import { buffer } from '@turf/buffer';
import { circle } from '@turf/circle';
import { convex } from '@turf/convex';
import { distance } from '@turf/distance';
import { featureCollection } from '@turf/helpers';
import { coordAll } from '@turf/meta';
import { simplify } from '@turf/simplify';
import { union } from '@turf/union';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { LocatedPlace, PlaceGeometry } from './geometry';

/** An area on the map. */
export type AreaGeometry = Polygon | MultiPolygon;

/** Vertices of an uncertainty circle: smooth at any zoom the story needs, still light. */
export const CIRCLE_STEPS = 48;

const KM = { units: 'kilometers' } as const;

function circleAround(position: readonly number[], km: number): Feature<Polygon> {
  return circle([position[0] ?? 0, position[1] ?? 0], km, { ...KM, steps: CIRCLE_STEPS });
}

/**
 * Merging circles costs far more than linear time (1,000 points took about 25 s and froze the
 * tab), so only this many are merged; past it each circle is drawn as it is, coarser, and where
 * circles overlap the shading doubles. Honest still: every spot the place may be is shaded.
 */
export const MAX_MERGED_CIRCLES = 12;
/** Vertices of each circle when there are too many to merge. */
const COARSE_STEPS = 16;

/** Positions with repeats removed (a file may repeat one point thousands of times). */
function distinct(positions: readonly (readonly number[])[]): (readonly number[])[] {
  const seen = new Set<string>();
  return positions.filter((position) => {
    const key = `${position[0]},${position[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether any two circles of `km` around the positions may share a spot. Circles that do not
 * need no merging, and the merge (exact polygon clipping) was most of a small story's map data:
 * 0.1 to 0.3 s each for the 20-event story's pairs of cities, in one task of its first view.
 */
function anyOverlap(positions: readonly (readonly number[])[], km: number): boolean {
  return positions.some((a, i) =>
    positions
      .slice(i + 1)
      .some((b) => distance([a[0] ?? 0, a[1] ?? 0], [b[0] ?? 0, b[1] ?? 0], KM) < 2 * km),
  );
}

/**
 * A closed ring started at its westmost vertex (then southmost), as the merge writes its rings:
 * a dashed edge starts its dashes where its ring starts, so the same start keeps the same dashes.
 */
function fromWestmost(ring: readonly number[][]): number[][] {
  const open = ring.slice(0, -1);
  let start = 0;
  open.forEach(([x = 0, y = 0], index) => {
    const [bx = 0, by = 0] = open[start] ?? [];
    if (x < bx || (x === bx && y < by)) start = index;
  });
  const turned = [...open.slice(start), ...open.slice(0, start)];
  return [...turned, turned[0] ?? []];
}

/** Circles around several points, merged where they overlap so no spot is shaded twice. */
function circlesAround(all: readonly (readonly number[])[], km: number): AreaGeometry {
  const positions = distinct(all);
  if (positions.length > MAX_MERGED_CIRCLES) {
    return {
      type: 'MultiPolygon',
      coordinates: positions.map(
        (position) =>
          circle([position[0] ?? 0, position[1] ?? 0], km, { ...KM, steps: COARSE_STEPS }).geometry
            .coordinates,
      ),
    };
  }
  const circles = positions.map((position) => circleAround(position, km));
  const [first] = circles;
  if (circles.length === 1 && first) return first.geometry;
  if (!anyOverlap(positions, km)) {
    return {
      type: 'MultiPolygon',
      coordinates: circles.map(({ geometry }) => geometry.coordinates.map(fromWestmost)),
    };
  }
  return (
    union(featureCollection(circles))?.geometry ?? {
      type: 'MultiPolygon',
      coordinates: circles.map((item) => item.geometry.coordinates),
    }
  );
}

/**
 * Widening a line or polygon costs more the more it crosses itself: a 200-vertex zigzag took 27 s
 * and froze the tab. Shapes are first simplified to within a fraction of their uncertainty (which
 * the area then still covers); one that stays this complex is widened from its convex hull, a
 * coarser area that still holds every spot the place may be.
 */
export const MAX_BUFFERED_VERTICES = 12;
const KM_PER_DEGREE = 111;

function buffered(geometry: PlaceGeometry, km: number): AreaGeometry | undefined {
  let shape = geometry;
  if (coordAll(shape).length > MAX_BUFFERED_VERTICES) {
    shape = simplify(shape, { tolerance: km / KM_PER_DEGREE / 4, highQuality: false });
  }
  if (coordAll(shape).length > MAX_BUFFERED_VERTICES) {
    const hull = convex(shape);
    if (hull) return buffer(hull, km, KM)?.geometry;
  }
  return buffer(shape, km, KM)?.geometry;
}

/**
 * The area the place may be anywhere within, or undefined when the place has no area: an exact
 * point or line. A polygon is its own area, widened by its uncertainty.
 */
export function uncertaintyArea(place: LocatedPlace): AreaGeometry | undefined {
  if (areas.has(place)) return areas.get(place);
  const area = safeAreaOf(place);
  areas.set(place, area);
  return area;
}

/**
 * Each place's area, worked out once: the map's opening camera (event-bounds.ts) and its
 * features both ask for every event's, and widening a polygon takes 60 to 130 ms. A place is
 * never changed in place (an edit makes a new one), so its area holds as long as it does.
 */
const areas = new WeakMap<LocatedPlace, AreaGeometry | undefined>();

function safeAreaOf(place: LocatedPlace): AreaGeometry | undefined {
  try {
    return areaOf(place);
  } catch {
    // Degenerate shapes (a ring of one repeated point, say) make the geometry code throw; the
    // place is then drawn as it is written rather than take the map down with it.
    const { geometry } = place;
    return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? geometry : undefined;
  }
}

function areaOf(place: LocatedPlace): AreaGeometry | undefined {
  const { geometry, uncertaintyKm: km } = place;
  switch (geometry.type) {
    case 'Point':
      return km > 0 ? circleAround(geometry.coordinates, km).geometry : undefined;
    case 'MultiPoint':
      return km > 0 ? circlesAround(geometry.coordinates, km) : undefined;
    case 'LineString':
    case 'MultiLineString':
      return km > 0 ? buffered(geometry, km) : undefined;
    case 'Polygon':
    case 'MultiPolygon':
      return km > 0 ? (buffered(geometry, km) ?? geometry) : geometry;
  }
}

/** The one shape to draw for a place: its uncertainty area when it has one, else its geometry. */
export function honestShape(place: LocatedPlace): PlaceGeometry {
  return uncertaintyArea(place) ?? place.geometry;
}
