// Geometry helpers for scripts/build-geo.mjs: rounding, arc simplification, clipping to a frame.
import { bboxClip } from '@turf/turf';

export const roundTo = (digits) => {
  const f = 10 ** digits;
  return ([x, y]) => [Math.round(x * f) / f, Math.round(y * f) / f];
};

export function roundLine(points, digits) {
  const round = roundTo(digits);
  const out = [];
  for (const p of points.map(round)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(a / 2);
}

/** Rounds rings, drops rings that collapsed (clipping leaves zero-area slivers along the frame). */
function roundPolygons(polygons, digits) {
  const minArea = 10 ** (-2 * digits);
  const out = [];
  for (const polygon of polygons) {
    const rings = [];
    for (const ring of polygon) {
      const r = roundLine(ring, digits);
      if (r.length && (r[0][0] !== r.at(-1)[0] || r[0][1] !== r.at(-1)[1])) r.push(r[0]);
      if (r.length >= 4 && ringArea(r) >= minArea) rings.push(r);
      else if (rings.length === 0) break; // outer ring gone: the holes go with it
    }
    if (rings.length) out.push(rings);
  }
  return out;
}

export function polygonGeometry(geometry, digits) {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const polygons = roundPolygons(parts, digits);
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

export function lineGeometry(geometry, digits) {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const lines = parts.map((l) => roundLine(l, digits)).filter((l) => l.length >= 2);
  if (lines.length === 0) return null;
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0] }
    : { type: 'MultiLineString', coordinates: lines };
}

/** Squared distance from p to segment a–b, in degrees². */
function segmentDistance2(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t =
    dx || dy
      ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
      : 0;
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas–Peucker on one arc; the ends stay, so neighbours still meet exactly. */
export function simplifyArc(points, tolerance) {
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let max = 0;
    let index = 0;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i], points[first], points[last]);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (max > tolerance * tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Simplifies a topology's shared arcs (not each polygon on its own), so borders between
 * neighbours stay identical in both polygons and in the border meshes.
 */
export function simplifyTopology(topology, tolerance) {
  const { scale, translate } = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
    return simplifyArc(points, tolerance);
  });
  return { type: 'Topology', objects: topology.objects, arcs };
}

export const overlaps = ([w, s, e, n], [w2, s2, e2, n2]) =>
  w <= e2 && e >= w2 && s <= n2 && n >= s2;

export function extent(geometry) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0]);
      b[1] = Math.min(b[1], c[1]);
      b[2] = Math.max(b[2], c[0]);
      b[3] = Math.max(b[3], c[1]);
    } else c.forEach(visit);
  };
  visit(geometry.coordinates);
  return b;
}

export const clip = (geometry, bbox) =>
  bboxClip({ type: 'Feature', properties: {}, geometry }, bbox).geometry;

/** Chaikin corner cutting: rounds a simplified line so text can follow it. Ends stay put. */
export function smoothLine(points, iterations) {
  let line = points;
  for (let n = 0; n < iterations; n++) {
    const next = [line[0]];
    for (let i = 0; i < line.length - 1; i++) {
      const [a, b] = [line[i], line[i + 1]];
      next.push([0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]]);
      next.push([0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]]);
    }
    next.push(line.at(-1));
    line = next;
  }
  return line;
}

/** A line made continuous across the antimeridian: longitudes may run past ±180 instead of jumping. */
function unwrapLine(points) {
  const out = [];
  let shift = 0;
  for (let i = 0; i < points.length; i++) {
    const [lon, lat] = points[i];
    if (i > 0) {
      const previous = points[i - 1][0];
      if (lon - previous > 180) shift -= 360;
      else if (previous - lon > 180) shift += 360;
    }
    out.push([lon + shift, lat]);
  }
  return out;
}

/**
 * A ring made continuous across the antimeridian. A ring that goes once round a pole
 * (Antarctica) does not close once unwrapped: it is closed along the pole's edge of the map.
 */
function unwrapRing(ring) {
  const line = unwrapLine(ring);
  const first = line[0];
  const last = line.at(-1);
  if (Math.abs(last[0] - first[0]) < 1e-9) return line;
  const poleLat = line.reduce((sum, [, lat]) => sum + lat, 0) < 0 ? -90 : 90;
  return [...line, [last[0], poleLat], [first[0], poleLat], first];
}

/**
 * Natural Earth (as world-atlas ships it for spherical maps) draws Russia, Fiji and Antarctica
 * with coordinates that jump from 180° to −180°; cut flat into tiles, each jump would be a
 * stroke across the world. Made continuous, geojson-vt wraps them onto the other side itself.
 */
export function unwrapAntimeridian(geometry) {
  switch (geometry.type) {
    case 'LineString':
      return { ...geometry, coordinates: unwrapLine(geometry.coordinates) };
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapLine) };
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(unwrapRing)) };
    default:
      return geometry;
  }
}
