/**
 * Which mark is under the pointer, in JavaScript: the GPU draws the marks, so MapLibre cannot
 * query them. Marks are filed once in a grid over Web Mercator; a query looks only at the cells
 * around the pointer and keeps the nearest mark that the time window shows.
 */
import { INSTANCE_FIELDS, INSTANCE_STRIDE, type MarkData } from './mark-data';

/** Grid cells across the world: 4,096 (a cell is 8 px at zoom 6, 128 px at zoom 10). */
const GRID = 4096;
const TILE_SIZE = 512;

/** The marks filed by grid cell. */
export interface MarkGrid {
  readonly cells: ReadonlyMap<number, readonly number[]>;
  /** The farthest a mark is drawn from its place (stack offsets), px. */
  readonly maxOffset: number;
}

function cellOf(x: number, y: number): [number, number] {
  return [Math.floor(x * GRID), Math.floor(y * GRID)];
}

export function markGrid(data: MarkData): MarkGrid {
  const cells = new Map<number, number[]>();
  let maxOffset = 0;
  const F = INSTANCE_FIELDS;
  for (let i = 0; i < data.count; i += 1) {
    const at = i * INSTANCE_STRIDE;
    const [column, row] = cellOf(data.instances[at + F.x] ?? 0, data.instances[at + F.y] ?? 0);
    const key = column * GRID + row;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
    maxOffset = Math.max(
      maxOffset,
      Math.hypot(data.instances[at + F.offsetX] ?? 0, data.instances[at + F.offsetY] ?? 0),
    );
  }
  return { cells, maxOffset };
}

/** Where the pointer is and what counts as on a mark. */
export interface PickQuery {
  /** The pointer in Web Mercator, [0, 1]. */
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  /** How far from a mark's centre the pointer may be, px. */
  readonly radius: number;
  /** The time window (UTC ms): marks outside it are not drawn, so not picked. */
  readonly from: number;
  readonly to: number;
  /** True when marks are drawn as dots at their place, without stack offsets. */
  readonly dots: boolean;
  /** Marks not drawn on their own (a cluster's disc stands for them): never picked. */
  readonly skip?: (index: number) => boolean;
}

/** Index of the nearest mark within the radius, or -1. */
export function pickMark(data: MarkData, grid: MarkGrid, query: PickQuery): number {
  const world = TILE_SIZE * 2 ** query.zoom;
  const reach = (query.radius + (query.dots ? 0 : grid.maxOffset)) / world;
  const [west, north] = cellOf(query.x - reach, query.y - reach);
  const [east, south] = cellOf(query.x + reach, query.y + reach);
  const F = INSTANCE_FIELDS;
  let best = -1;
  let bestDistance = query.radius;
  const consider = (i: number): void => {
    if (!((data.starts[i] ?? 0) < query.to && (data.ends[i] ?? 0) > query.from)) return;
    // A mark drawn by its cluster must not shadow a single mark beside it.
    if (query.skip?.(i)) return;
    const at = i * INSTANCE_STRIDE;
    const offsetX = query.dots ? 0 : (data.instances[at + F.offsetX] ?? 0);
    const offsetY = query.dots ? 0 : (data.instances[at + F.offsetY] ?? 0);
    const dx = ((data.instances[at + F.x] ?? 0) - query.x) * world + offsetX;
    const dy = ((data.instances[at + F.y] ?? 0) - query.y) * world + offsetY;
    const distance = Math.hypot(dx, dy);
    // Later marks are drawn on top, so on a tie the later one is the one the reader sees.
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  };
  // Zoomed far out the pointer's reach spans more cells than there are marks: read them all.
  if ((east - west + 1) * (south - north + 1) > data.count) {
    for (let i = 0; i < data.count; i += 1) consider(i);
    return best;
  }
  for (let column = west; column <= east; column += 1) {
    for (let row = north; row <= south; row += 1) {
      for (const i of grid.cells.get(column * GRID + row) ?? []) consider(i);
    }
  }
  return best;
}
