/**
 * Static maps (the printed handout's locator maps, the map shown without WebGL): a frame around
 * a box, and GeoJSON drawn into it as SVG paths with Web Mercator, as the screen's map draws
 * it. Pure: no React, no MapLibre (a WebGL canvas cannot be printed once per step).
 */
import type { Position } from 'geojson';
import type { BBox } from '../geo/geometry';
import { clipLine, clipRing, meetsBox, type PlaneBox, type PlanePoint } from '../geo/clip-to-box';
import { mercatorX, mercatorY, worldPx, type CameraPosition } from '../geo/mercator';
import { pathData } from '../geo/svg-path-data';

/** A map frame: a box in Mercator units (0–1 across the world) drawn into width × height px. */
export interface Frame {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly width: number;
  readonly height: number;
}

/** The narrowest frame, in degrees of longitude: a point in Tajikistan still shows its neighbours. */
export const MIN_SPAN_DEGREES = 16;

/** Room around the event, as a share of its own size. */
const MARGIN = 0.35;

/**
 * The frame that shows `box` whole, with a margin, at least MIN_SPAN_DEGREES wide, in the
 * aspect of a width × height drawing. Where it would reach past `limit` (the edge of the map
 * data), it stops there and the drawing gets narrower or shorter instead.
 */
export function frameAround(box: BBox, width: number, height: number, limit?: BBox): Frame {
  const [west, south, east, north] = box;
  const left = mercatorX(west);
  const right = mercatorX(east);
  const top = mercatorY(north);
  const bottom = mercatorY(south);
  const minSpan = MIN_SPAN_DEGREES / 360;
  let spanX = Math.max((right - left) * (1 + 2 * MARGIN), minSpan);
  let spanY = Math.max((bottom - top) * (1 + 2 * MARGIN), (minSpan * height) / width);
  // Widen whichever side is short, so the drawing keeps its aspect and nothing is stretched.
  if (spanX / spanY < width / height) spanX = (spanY * width) / height;
  else spanY = (spanX * height) / width;
  const frame = centredFrame((left + right) / 2, (top + bottom) / 2, spanX, spanY, width, height);
  return limit ? clipFrame(frame, limit) : frame;
}

/** A frame spanning spanX × spanY Mercator units around (cx, cy), drawn into width × height px. */
function centredFrame(
  cx: number,
  cy: number,
  spanX: number,
  spanY: number,
  width: number,
  height: number,
): Frame {
  return {
    x0: cx - spanX / 2,
    y0: cy - spanY / 2,
    x1: cx + spanX / 2,
    y1: cy + spanY / 2,
    width,
    height,
  };
}

/**
 * The frame a MapLibre map of width × height px shows with its camera at `camera`: drawn at that
 * size, one px of the drawing is one CSS px of the map, so the drawing, centred in a box of any
 * size, shows what the map will show there (MapLibre centres its camera in its box).
 */
export function frameAtCamera(camera: CameraPosition, width: number, height: number): Frame {
  const world = worldPx(camera.zoom);
  const [cx, cy] = [mercatorX(camera.lon), mercatorY(camera.lat)];
  return centredFrame(cx, cy, width / world, height / world, width, height);
}

function clipFrame(frame: Frame, [west, south, east, north]: BBox): Frame {
  const x0 = Math.max(frame.x0, mercatorX(west));
  const x1 = Math.min(frame.x1, mercatorX(east));
  const y0 = Math.max(frame.y0, mercatorY(north));
  const y1 = Math.min(frame.y1, mercatorY(south));
  if (x1 <= x0 || y1 <= y0) return frame;
  const aspect = (x1 - x0) / (y1 - y0);
  // The same scale as before wherever possible: the taller side keeps its size.
  const width = Math.min(frame.width, frame.height * aspect);
  return { x0, y0, x1, y1, width, height: width / aspect };
}

/** A [lon, lat] position in the frame's pixels. */
export function project(frame: Frame, position: Position): [number, number] {
  const x = ((mercatorX(position[0] ?? 0) - frame.x0) / (frame.x1 - frame.x0)) * frame.width;
  const y = ((mercatorY(position[1] ?? 0) - frame.y0) / (frame.y1 - frame.y0)) * frame.height;
  return [x, y];
}

/** How far past the drawing's edges shapes are kept, in px: past the widest stroke's half. */
export const EDGE_MARGIN = 8;

/** The drawing's own box grown by `margin` px on each side. */
export function drawingBox(frame: Frame, margin = EDGE_MARGIN): PlaneBox {
  return [-margin, -margin, frame.width + margin, frame.height + margin];
}

/** How a geometry becomes path data (see geometryPath). */
export interface PathOptions {
  /** Vertices closer than this (px) to the last one kept are left out. */
  readonly tolerance?: number;
  /** The part of the drawing that can be seen, px: the drawing's box grown by EDGE_MARGIN unless told. */
  readonly view?: PlaneBox;
  /** Decimal places kept: 1 unless told. */
  readonly decimals?: number;
}

/**
 * One line of positions in the frame's pixels, without vertices closer than `tolerance` px to
 * the last one kept (a country's coastline at handout scale needs a fraction of its points).
 * The end of an open line is kept exactly, however close it is to the last vertex kept.
 */
function thinned(frame: Frame, line: readonly Position[], closed: boolean, tolerance: number) {
  const points: PlanePoint[] = [];
  let previousLon: number | undefined;
  let wrap = 0;
  for (const position of line) {
    // Natural Earth's Russia steps from 179.9° to -180° and back: read on past 180°, or that
    // step is an edge straight across the drawing.
    const lon = position[0] ?? 0;
    if (previousLon !== undefined && Math.abs(lon - previousLon) > 180)
      wrap += lon < previousLon ? 360 : -360;
    previousLon = lon;
    const point = project(frame, [lon + wrap, position[1] ?? 0]);
    const previous = points[points.length - 1];
    if (previous && Math.hypot(point[0] - previous[0], point[1] - previous[1]) < tolerance)
      continue;
    points.push(point);
  }
  const last = line[line.length - 1];
  if (last && points.length > 0 && !closed) {
    const end = project(frame, [(last[0] ?? 0) + wrap, last[1] ?? 0]);
    const kept = points[points.length - 1];
    if (kept && (kept[0] !== end[0] || kept[1] !== end[1])) points.push(end);
  }
  return points;
}

/** The part of GeoJSON a handout draws as paths. */
export type PathGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly Position[])[] }
  | {
      readonly type: 'MultiPolygon';
      readonly coordinates: readonly (readonly (readonly Position[])[])[];
    }
  | { readonly type: 'LineString'; readonly coordinates: readonly Position[] }
  | { readonly type: 'MultiLineString'; readonly coordinates: readonly (readonly Position[])[] };

function lines(geometry: PathGeometry): { lines: (readonly Position[])[]; closed: boolean } {
  switch (geometry.type) {
    case 'Polygon':
      return { lines: [...geometry.coordinates], closed: true };
    case 'MultiPolygon':
      return { lines: geometry.coordinates.flat(), closed: true };
    case 'LineString':
      return { lines: [geometry.coordinates], closed: false };
    case 'MultiLineString':
      return { lines: [...geometry.coordinates], closed: false };
  }
}

/**
 * An SVG path for a geometry in the frame, cut to the part of the drawing that can be seen
 * (`view`, past whose edges the cuts and their strokes are out of sight); "" when none of it is.
 */
export function geometryPath(
  frame: Frame,
  geometry: PathGeometry,
  { tolerance = 1, view = drawingBox(frame), decimals = 1 }: PathOptions = {},
): string {
  const { lines: all, closed } = lines(geometry);
  const pieces = all.flatMap((line) => {
    const points = thinned(frame, line, closed, tolerance);
    if (!meetsBox(points, view)) return [];
    return closed ? [clipRing(points, view)] : clipLine(points, view);
  });
  return pathData(pieces, closed, decimals);
}

/** Kilometres across the frame at its middle latitude, for the handout's scale note. */
export function frameWidthKm(frame: Frame): number {
  const lat = Math.atan(Math.sinh(Math.PI * (1 - (frame.y0 + frame.y1)))) * (180 / Math.PI);
  return (frame.x1 - frame.x0) * 40_075 * Math.cos((lat * Math.PI) / 180);
}

/** Where a label's text stands: its anchor point and which end of the text is there. */
export interface LabelSpot {
  readonly x: number;
  readonly y: number;
  /** 'middle': centred on the point; 'start': to the right of it; 'end': to the left. */
  readonly anchor: 'middle' | 'start' | 'end';
}

/** A label to be placed: its text, where it is anchored, and its size in px. */
export interface LabelCandidate extends LabelSpot {
  readonly text: string;
  readonly size: number;
  /** A character's width in ems, on average (CHARACTER_WIDTH unless told: capitals are wider). */
  readonly em?: number | undefined;
  /** Lines of a text broken by '\n' are this many ems apart. */
  readonly lineHeight?: number | undefined;
  /** Other spots to try, in order, where the first clashes (a town's name left of its dot…). */
  readonly otherSpots?: readonly LabelSpot[] | undefined;
}

/** Roughly how wide a line of Noto Sans is: good enough to keep labels apart. */
const CHARACTER_WIDTH = 0.56;

function labelBox(label: LabelCandidate, { x, y, anchor }: LabelSpot): Box {
  const lines = label.text.split('\n');
  const longest = Math.max(...lines.map((line) => line.length));
  const width = longest * label.size * (label.em ?? CHARACTER_WIDTH);
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  // y is the first line's baseline; the others follow below it.
  const below = (lines.length - 1) * (label.lineHeight ?? 1.2) * label.size;
  return [left, y - label.size * 0.8, left + width, y + label.size * 0.25 + below];
}

/** A box in the drawing: [left, top, right, bottom], px. */
export type Box = [left: number, top: number, right: number, bottom: number];

/**
 * The labels that fit: in the order given (most important first), each kept at the first of its
 * spots where it lies wholly inside the drawing and clear of `occupied` (the event's marks) and of
 * every label already kept; the label comes back standing at that spot.
 */
export function placeLabels<T extends LabelCandidate>(
  candidates: readonly T[],
  width: number,
  height: number,
  occupied: readonly Box[] = [],
  gap = 4,
): T[] {
  const kept: T[] = [];
  const boxes: Box[] = [...occupied];
  for (const candidate of candidates) {
    for (const spot of [candidate, ...(candidate.otherSpots ?? [])]) {
      const [left, top, right, bottom] = labelBox(candidate, spot);
      if (left < 0 || top < 0 || right > width || bottom > height) continue;
      const clashes = boxes.some(
        ([l, t, r, b]) => left < r + gap && right > l - gap && top < b + gap && bottom > t - gap,
      );
      if (clashes) continue;
      kept.push({ ...candidate, x: spot.x, y: spot.y, anchor: spot.anchor });
      boxes.push([left, top, right, bottom]);
      break;
    }
  }
  return kept;
}
