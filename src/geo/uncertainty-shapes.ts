/**
 * The honest shape of where an event happened: a place known to 50 km is drawn as the area it
 * could be anywhere in, not as a pin. Pure geometry (turf); no map library here.
 */
import { buffer, circle, featureCollection, union } from '@turf/turf';
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

/** Circles around several points, merged where they overlap so no spot is shaded twice. */
function circlesAround(positions: readonly (readonly number[])[], km: number): AreaGeometry {
  const circles = positions.map((position) => circleAround(position, km));
  const [first] = circles;
  if (circles.length === 1 && first) return first.geometry;
  return (
    union(featureCollection(circles))?.geometry ?? {
      type: 'MultiPolygon',
      coordinates: circles.map((item) => item.geometry.coordinates),
    }
  );
}

function buffered(geometry: PlaceGeometry, km: number): AreaGeometry | undefined {
  return buffer(geometry, km, KM)?.geometry;
}

/**
 * The area the place may be anywhere within, or undefined when the place has no area: an exact
 * point or line. A polygon is its own area, widened by its uncertainty.
 */
export function uncertaintyArea(place: LocatedPlace): AreaGeometry | undefined {
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
