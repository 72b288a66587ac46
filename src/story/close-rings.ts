/**
 * GeoJSON polygon rings must end where they start. An open ring passes the schema (it is only an
 * array of positions) but the geometry code that draws it throws, which used to blank the whole
 * page. The loader closes such rings rather than dropping the event: the shape the author meant
 * is plain, and the note says where it was repaired.
 */
import type { Problem } from './problem';
import type { Geometry } from './story-schema';

type Position = [number, number];

/** The geometry with every polygon ring closed, and a note for each ring that was not. */
export function closeRings(
  geometry: Geometry,
  at: string,
): { geometry: Geometry; notes: Problem[] } {
  const notes: Problem[] = [];
  const closeAll = (rings: Position[][], path: string) =>
    rings.map((ring, index) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
      notes.push({
        path: `${path}[${index}]`,
        code: 'ring-closed',
        repaired: true,
      });
      return [...ring, first];
    });
  const base = `${at}.coordinates`;
  switch (geometry.type) {
    case 'Polygon':
      return {
        geometry: { ...geometry, coordinates: closeAll(geometry.coordinates, base) },
        notes,
      };
    case 'MultiPolygon':
      return {
        geometry: {
          ...geometry,
          coordinates: geometry.coordinates.map((polygon, index) =>
            closeAll(polygon, `${base}[${index}]`),
          ),
        },
        notes,
      };
    default:
      return { geometry, notes };
  }
}
