/** Where an event's marker and label sit: one point per event (one per point of a MultiPoint). */
import { along } from '@turf/along';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { lineString } from '@turf/helpers';
import { length } from '@turf/length';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Polygon, Position } from 'geojson';
import { toLonLat, type LonLat, type PlaceGeometry } from './geometry';

/** The middle of a line measured along it, so the marker sits on the line. */
function midpointAlong(coordinates: Position[]): LonLat {
  const line = lineString(coordinates);
  return toLonLat(along(line, length(line) / 2).geometry.coordinates);
}

/** The centroid when it falls inside the polygon; otherwise a point that surely does (a crescent). */
function insidePoint(polygon: Polygon): LonLat {
  const middle = centroid(polygon).geometry.coordinates;
  return booleanPointInPolygon(middle, polygon)
    ? toLonLat(middle)
    : toLonLat(pointOnFeature(polygon).geometry.coordinates);
}

function longest(lines: Position[][]): Position[] {
  const measured = lines.map((coordinates) => ({
    coordinates,
    km: length(lineString(coordinates)),
  }));
  return measured.reduce((best, line) => (line.km > best.km ? line : best)).coordinates;
}

function largest(polygons: Position[][][]): Polygon {
  const shapes = polygons.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  return shapes.reduce((best, shape) => (area(shape) > area(best) ? shape : best));
}

/** Each geometry's points, kept: the map's features, its edge buttons and the still map all ask. */
const anchored = new WeakMap<PlaceGeometry, readonly LonLat[]>();

/**
 * Representative points of a geometry: a point itself, each point of a MultiPoint, the middle of
 * a line (of the longest line), a point inside an area (inside the largest part). The same array
 * for the same geometry: a line's middle walks the whole line, a few ms in a first render.
 */
export function anchorPoints(geometry: PlaceGeometry): readonly LonLat[] {
  let points = anchored.get(geometry);
  if (!points) {
    points = pointsOf(geometry);
    anchored.set(geometry, points);
  }
  return points;
}

function pointsOf(geometry: PlaceGeometry): LonLat[] {
  switch (geometry.type) {
    case 'Point':
      return [toLonLat(geometry.coordinates)];
    case 'MultiPoint':
      return geometry.coordinates.map(toLonLat);
    case 'LineString':
      return [midpointAlong(geometry.coordinates)];
    case 'MultiLineString':
      return [midpointAlong(longest(geometry.coordinates))];
    case 'Polygon':
      return [insidePoint(geometry)];
    case 'MultiPolygon':
      return [insidePoint(largest(geometry.coordinates))];
  }
}
