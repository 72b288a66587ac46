/** The geometry types a story's places use, and the bounding box type every geo module shares. */
import type {
  LineString,
  MultiLineString,
  MultiPoint,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';

/** Any single GeoJSON geometry a place can have (no GeometryCollection). */
export type PlaceGeometry =
  Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;

/** A place as geometry needs it: where, and give or take how many kilometres. */
export interface LocatedPlace {
  readonly geometry: PlaceGeometry;
  readonly uncertaintyKm: number;
}

/** [west, south, east, north] in degrees. */
export type BBox = [west: number, south: number, east: number, north: number];

/** [lon, lat]. */
export type LonLat = [lon: number, lat: number];

/** Narrows a GeoJSON position to [lon, lat]. */
export function toLonLat(position: Position): LonLat {
  return [position[0] ?? 0, position[1] ?? 0];
}

/** True when the point lies inside the box (edges included). */
export function bboxContains(box: BBox, [lon, lat]: LonLat): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}

/** A longitude brought into [-180, 180); one already there is returned exactly as it is. */
export function normalizeLon(lon: number): number {
  return lon >= -180 && lon < 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180;
}
