/**
 * Shapes cut to a box in a drawing's own units: a still map keeps only what its picture can
 * show, so a coastline a thousand kilometres past the edge costs no bytes. Pure, planar: the
 * points are already projected.
 */

/** A point in a drawing: x to the right, y down. */
export type PlanePoint = readonly [x: number, y: number];

/** A box in a drawing: [left, top, right, bottom]. */
export type PlaneBox = readonly [left: number, top: number, right: number, bottom: number];

/** One side of the box: whether a point is on its inner side, and where a segment crosses it. */
interface Side {
  readonly inside: (point: PlanePoint) => boolean;
  readonly cross: (from: PlanePoint, to: PlanePoint) => PlanePoint;
}

/** The point on from→to where x (axis 0) or y (axis 1) equals `value`. */
function crossing(from: PlanePoint, to: PlanePoint, axis: 0 | 1, value: number): PlanePoint {
  const t = (value - from[axis]) / (to[axis] - from[axis]);
  const other = axis === 0 ? 1 : 0;
  const across = from[other] + t * (to[other] - from[other]);
  return axis === 0 ? [value, across] : [across, value];
}

function sides([left, top, right, bottom]: PlaneBox): readonly Side[] {
  return [
    { inside: (p) => p[0] >= left, cross: (a, b) => crossing(a, b, 0, left) },
    { inside: (p) => p[0] <= right, cross: (a, b) => crossing(a, b, 0, right) },
    { inside: (p) => p[1] >= top, cross: (a, b) => crossing(a, b, 1, top) },
    { inside: (p) => p[1] <= bottom, cross: (a, b) => crossing(a, b, 1, bottom) },
  ];
}

/**
 * A closed ring cut to the box (Sutherland–Hodgman): the same area inside the box, with the cut
 * running along the box's edges; [] when none of it is inside. A ring that is cut more than once
 * comes back as one ring joined along the edges, which fills the same area: the box must lie
 * past what is seen, so that those edges (and their strokes) are out of sight.
 */
export function clipRing(ring: readonly PlanePoint[], box: PlaneBox): PlanePoint[] {
  let output: PlanePoint[] = [...ring];
  for (const side of sides(box)) {
    const input = output;
    output = [];
    let previous = input[input.length - 1];
    for (const point of input) {
      if (previous === undefined) break;
      if (side.inside(point)) {
        if (!side.inside(previous)) output.push(side.cross(previous, point));
        output.push(point);
      } else if (side.inside(previous)) output.push(side.cross(previous, point));
      previous = point;
    }
  }
  return output;
}

/**
 * The segment from→to cut to the box (Liang–Barsky), or undefined when it misses it. An end
 * inside the box comes back as the same object, so a caller can tell a cut end from a kept one.
 */
function clipSegment(
  from: PlanePoint,
  to: PlanePoint,
  [left, top, right, bottom]: PlaneBox,
): [PlanePoint, PlanePoint] | undefined {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  let enter = 0;
  let leave = 1;
  const limits: readonly [number, number][] = [
    [-dx, from[0] - left],
    [dx, right - from[0]],
    [-dy, from[1] - top],
    [dy, bottom - from[1]],
  ];
  for (const [p, q] of limits) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return undefined;
  }
  const at = (t: number): PlanePoint => [from[0] + t * dx, from[1] + t * dy];
  return [enter === 0 ? from : at(enter), leave === 1 ? to : at(leave)];
}

/** An open line cut to the box: the pieces of it inside, in order; [] when it misses the box. */
export function clipLine(line: readonly PlanePoint[], box: PlaneBox): PlanePoint[][] {
  const pieces: PlanePoint[][] = [];
  let current: PlanePoint[] | undefined;
  for (let index = 1; index < line.length; index += 1) {
    const from = line[index - 1];
    const to = line[index];
    if (from === undefined || to === undefined) continue;
    const cut = clipSegment(from, to, box);
    if (!cut) {
      current = undefined;
      continue;
    }
    const [start, end] = cut;
    if (!current || start !== from) {
      current = [start];
      pieces.push(current);
    }
    current.push(end);
    if (end !== to) current = undefined;
  }
  return pieces;
}

/** True when the points' bounding box meets the box (a ring round the box meets it too). */
export function meetsBox(points: readonly PlanePoint[], [left, top, right, bottom]: PlaneBox) {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return minX <= right && maxX >= left && minY <= bottom && maxY >= top;
}
