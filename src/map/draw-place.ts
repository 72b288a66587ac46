/**
 * What the map's edit tools make of clicks: a point, a line or an area, as the place the
 * selected event gets (its name, country, radius and note kept). Pure, so it is tested apart
 * from the map.
 */
import type { EditPlace } from '../edit/event-ops';
import type { Geometry } from '../story/story-schema';

/** What a click on the map does while editing. */
export type DrawMode = 'point' | 'line' | 'area';

/** A place put on the map by hand is known to about this many km until someone says better. */
export const DRAWN_KM = 10;

type Position = [number, number];

/** The fewest clicks each tool needs before it can finish. */
export const MIN_VERTICES: Readonly<Record<DrawMode, number>> = { point: 1, line: 2, area: 3 };

/** The drawn geometry, or undefined while there are too few vertices. */
export function drawnGeometry(mode: DrawMode, vertices: readonly Position[]): Geometry | undefined {
  // A double click that finishes also clicks twice: the same spot again is not a new vertex.
  const distinct = vertices.filter(
    (vertex, index) =>
      index === 0 ||
      vertex[0] !== vertices[index - 1]?.[0] ||
      vertex[1] !== vertices[index - 1]?.[1],
  );
  if (distinct.length < MIN_VERTICES[mode]) return undefined;
  const first = distinct[0];
  if (!first) return undefined;
  if (mode === 'point') return { type: 'Point', coordinates: first };
  if (mode === 'line') return { type: 'LineString', coordinates: distinct };
  // A ring closes on its first position.
  return { type: 'Polygon', coordinates: [[...distinct, first]] };
}

/** The event's place with the drawn geometry; the rest of what the place said is kept. */
export function drawnPlace(
  current: Omit<EditPlace, 'geometry'> | undefined,
  fallbackName: string,
  geometry: Geometry,
): EditPlace {
  return {
    name: current?.name ?? fallbackName,
    country: current?.country,
    geometry,
    uncertaintyKm: current?.uncertaintyKm ?? DRAWN_KM,
    note: current?.note,
  };
}

/** Coordinates as a click gives them, rounded to about a metre and wrapped into range. */
export function clickPosition(lng: number, lat: number): Position {
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return [round(wrapped), round(Math.max(-90, Math.min(90, lat)))];
}
