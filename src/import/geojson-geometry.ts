/**
 * A feature's geometry as a story's place: two dimensions (a third coordinate, USGS's depth,
 * is dropped), on the Earth, with an uncertainty. A point's uncertainty is the file's own
 * horizontal error when it gives one (USGS's `horizontalError`, km), else the precision its
 * coordinates are written to; a line or area is its own extent, so 0.
 */
import type { ImportedGeometry, ImportedPlace, Position } from './imported-story';
import type { NoteReason } from './import-notes';
import { resolutionKm, roundKm } from './point-uncertainty';

type Read = { place: ImportedPlace; dropped?: NoteReason } | { problem: NoteReason };

const ERROR_PROPERTIES = ['horizontalError', 'horizontal_error', 'uncertainty_km', 'uncertaintyKm'];

/** The place of a feature, or why it has none (the event is kept without one). */
export function readGeometry(
  geometry: unknown,
  properties: Readonly<Record<string, unknown>>,
  name: string,
): Read {
  if (geometry === null || geometry === undefined) return { problem: { code: 'no-geometry' } };
  if (!isRecord(geometry) || typeof geometry.type !== 'string') {
    return { problem: { code: 'bad-geometry' } };
  }
  let had3d = false;
  const position = (value: unknown): Position | undefined => {
    if (!Array.isArray(value) || value.length < 2) return undefined;
    const [lon, lat] = value;
    if (typeof lon !== 'number' || typeof lat !== 'number') return undefined;
    if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return undefined;
    if (value.length > 2) had3d = true;
    return [lon, lat];
  };
  const shape = toGeometry(geometry.type, geometry.coordinates, position);
  if (!shape) return { problem: { code: 'geometry-unsupported', type: geometry.type } };
  const dropped: NoteReason | undefined = had3d ? { code: 'third-coordinate' } : undefined;
  const place: ImportedPlace = {
    name,
    geometry: shape,
    ...uncertainty(shape, geometry.coordinates, properties),
  };
  return dropped ? { place, dropped } : { place };
}

function uncertainty(
  shape: ImportedGeometry,
  coordinates: unknown,
  properties: Readonly<Record<string, unknown>>,
): { uncertaintyKm: number; note: string } {
  if (shape.type !== 'Point')
    return { uncertaintyKm: 0, note: 'The shape from the file is the place.' };
  for (const key of ERROR_PROPERTIES) {
    const value = properties[key];
    if (typeof value === 'number' && value >= 0) {
      return { uncertaintyKm: roundKm(value), note: `The file's "${key}" gives the uncertainty.` };
    }
  }
  const [lon, lat] = shape.coordinates;
  const written = Array.isArray(coordinates) ? coordinates.map(String) : [String(lon), String(lat)];
  return {
    uncertaintyKm: roundKm(resolutionKm(written[0] ?? '', written[1] ?? '', lat)),
    note: 'The file gives no location error; the uncertainty is only the precision its coordinates are written to.',
  };
}

function toGeometry(
  type: string,
  coordinates: unknown,
  position: (value: unknown) => Position | undefined,
): ImportedGeometry | undefined {
  const list = <T>(
    value: unknown,
    read: (item: unknown) => T | undefined,
    min: number,
  ): T[] | undefined => {
    if (!Array.isArray(value) || value.length < min) return undefined;
    const items = value.map(read);
    return items.every((item) => item !== undefined)
      ? items.filter((item) => item !== undefined)
      : undefined;
  };
  const line = (value: unknown) => list(value, position, 2);
  const ring = (value: unknown) => list(value, position, 4);
  const polygon = (value: unknown) => list(value, ring, 1);
  switch (type) {
    case 'Point': {
      const point = position(coordinates);
      return point && { type, coordinates: point };
    }
    case 'MultiPoint': {
      const points = list(coordinates, position, 1);
      return points && { type, coordinates: points };
    }
    case 'LineString': {
      const points = line(coordinates);
      return points && { type, coordinates: points };
    }
    case 'MultiLineString': {
      const lines = list(coordinates, line, 1);
      return lines && { type, coordinates: lines };
    }
    case 'Polygon': {
      const rings = polygon(coordinates);
      return rings && { type, coordinates: rings };
    }
    case 'MultiPolygon': {
      const polygons = list(coordinates, polygon, 1);
      return polygons && { type, coordinates: polygons };
    }
    default:
      return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
