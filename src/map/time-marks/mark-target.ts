/** The GPU mark (or cluster) under a pointer event, as the map's hover and click handlers want it. */
import type { LonLat } from '../../geo/geometry';
import { mercatorX, mercatorY, unproject } from '../../geo/mercator';
import {
  CLUSTER_STRIDE,
  cellKey,
  cellOf,
  clusterRadius,
  drawnByCluster,
  shownInCluster,
} from './mark-clusters';
import { INSTANCE_FIELDS, INSTANCE_STRIDE } from './mark-data';
import { pickMark } from './mark-picking';
import type { TimeMarks } from './time-marks-layer';

/** How far from a marker's centre a pointer still touches it, px (a finger's width for taps). */
const MARKER_REACH = 12;
const TILE_SIZE = 512;

interface Pointer {
  readonly lngLat: { lng: number; lat: number };
  readonly zoom: number;
}
type Window = { readonly from: number; readonly to: number };

/**
 * The cluster under the pointer, zoomed out: how many events the window shows in it and where its
 * middle is. That is the cluster whose disc the pointer is on (discs are drawn at their marks'
 * middle, which can lie near their cell's edge, so the cells around the pointer's are looked at
 * too), else the cluster of the pointer's own cell: the cell is the area its marks are in.
 */
export function clusterAt(
  marks: TimeMarks | undefined,
  pointer: Pointer,
): { count: number; position: LonLat } | undefined {
  const level = marks?.clusterLevelAt(pointer.zoom);
  if (!marks || !level) return undefined;
  const x = mercatorX(pointer.lngLat.lng);
  const y = mercatorY(pointer.lngLat.lat);
  const world = TILE_SIZE * 2 ** pointer.zoom;
  const [column, row] = cellOf(x, y, level.zoom);
  let best: { count: number; position: LonLat; distance: number } | undefined;
  for (let dc = -1; dc <= 1; dc += 1) {
    for (let dr = -1; dr <= 1; dr += 1) {
      const index = level.byCell.get(cellKey(column + dc, row + dr, level.zoom));
      if (index === undefined) continue;
      const shown = shownInCluster(level, index, marks.encodedWindow);
      const cx = level.clusters[index * CLUSTER_STRIDE] ?? 0;
      const cy = level.clusters[index * CLUSTER_STRIDE + 1] ?? 0;
      const distance = Math.hypot(cx - x, cy - y) * world;
      const own = dc === 0 && dr === 0;
      // A cell the window leaves one mark in shows that mark, not a disc.
      if (shown < 2 || (distance > clusterRadius(shown) && !own)) continue;
      // A disc under the pointer wins over the pointer's cell.
      const rank = distance > clusterRadius(shown) ? distance + world : distance;
      if (best && best.distance <= rank) continue;
      best = { count: shown, position: unproject(cx, cy), distance: rank };
    }
  }
  return best && { count: best.count, position: best.position };
}

/** The event whose mark is nearest the pointer within reach, and where its mark is. */
export function markTargetAt(
  marks: TimeMarks | undefined,
  pointer: Pointer,
  window: Window,
): { id: string; position: LonLat } | undefined {
  if (!marks) return undefined;
  const level = marks.levelDrawnAt(pointer.zoom);
  // No level built yet: no mark is drawn, so none is under the pointer.
  if (level === 'pending') return undefined;
  const index = pickMark(marks.data, marks.grid, {
    x: mercatorX(pointer.lngLat.lng),
    y: mercatorY(pointer.lngLat.lat),
    zoom: pointer.zoom,
    radius: MARKER_REACH,
    from: window.from,
    to: window.to,
    dots: false,
    // A mark that shares its cell with other shown marks is drawn by the cell's cluster, unless
    // it is the selected one, which is drawn above the clusters.
    skip: level && ((i) => i !== marks.selected && drawnByCluster(level, i, marks.encodedWindow)),
  });
  const id = marks.data.ids[index];
  if (index < 0 || id === undefined) return undefined;
  // The tooltip points at the mark where it is drawn: a stacked mark is drawn off its place.
  const at = index * INSTANCE_STRIDE;
  const F = INSTANCE_FIELDS;
  const world = TILE_SIZE * 2 ** pointer.zoom;
  const x =
    (marks.data.instances[at + F.x] ?? 0) + (marks.data.instances[at + F.offsetX] ?? 0) / world;
  const y =
    (marks.data.instances[at + F.y] ?? 0) + (marks.data.instances[at + F.offsetY] ?? 0) / world;
  return { id, position: unproject(x, y) };
}
