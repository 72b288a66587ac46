/** The GPU mark (or cluster) under a pointer event, as the map's hover and click handlers want it. */
import type { LonLat } from '../../geo/geometry';
import { mercatorX, mercatorY, unproject } from '../../geo/mercator';
import { cellAt } from './mark-clusters';
import { INSTANCE_FIELDS, INSTANCE_STRIDE } from './mark-data';
import { pickMark } from './mark-picking';
import type { TimeMarks } from './time-marks-layer';

/** How far from a marker's centre a pointer still touches it, px (a finger's width for taps). */
const MARKER_REACH = 12;
/** The same for a density dot. */
const DOT_REACH = 6;

interface Pointer {
  readonly lngLat: { lng: number; lat: number };
  readonly zoom: number;
}
type Window = { readonly from: number; readonly to: number };

function positionOf(marks: TimeMarks, index: number): [number, number] {
  const at = index * INSTANCE_STRIDE;
  return [
    marks.data.instances[at + INSTANCE_FIELDS.x] ?? 0,
    marks.data.instances[at + INSTANCE_FIELDS.y] ?? 0,
  ];
}

/** The cluster under the pointer, zoomed out: how many events it holds and where its middle is. */
export function clusterAt(
  marks: TimeMarks | undefined,
  pointer: Pointer,
  window: Window,
): { count: number; position: LonLat } | undefined {
  if (!marks?.clustersAt(pointer.zoom)) return undefined;
  const cell = cellAt(marks.data, marks.grid, {
    x: mercatorX(pointer.lngLat.lng),
    y: mercatorY(pointer.lngLat.lat),
    zoom: pointer.zoom,
    ...window,
  });
  if (cell.marks.length < 2) return undefined;
  return { count: cell.marks.length, position: unproject(cell.x, cell.y) };
}

/** The event whose mark is nearest the pointer within reach, and where its mark is. */
export function markTargetAt(
  marks: TimeMarks | undefined,
  pointer: Pointer,
  window: Window,
): { id: string; position: LonLat } | undefined {
  if (!marks) return undefined;
  const dots = marks.dotsAt(pointer.zoom);
  const clusters = marks.clustersAt(pointer.zoom);
  const index = pickMark(marks.data, marks.grid, {
    x: mercatorX(pointer.lngLat.lng),
    y: mercatorY(pointer.lngLat.lat),
    zoom: pointer.zoom,
    radius: dots ? DOT_REACH : MARKER_REACH,
    from: window.from,
    to: window.to,
    // Clusters' single marks, like dots, are drawn at their place without stack offsets.
    dots: dots || clusters,
  });
  const id = marks.data.ids[index];
  if (index < 0 || id === undefined) return undefined;
  const [x, y] = positionOf(marks, index);
  // A mark that shares its cell is hidden in the cell's cluster.
  if (
    clusters &&
    cellAt(marks.data, marks.grid, { x, y, zoom: pointer.zoom, ...window }).marks.length > 1
  ) {
    return undefined;
  }
  return { id, position: unproject(x, y) };
}
