/**
 * Clusters where marks would overlap. Zoomed out, the map is cut into square cells of
 * CLUSTER_CELL_PX fixed to the world (so they do not swim as the map pans); the GPU counts the
 * marks the window shows in each cell on the screen (a one-pixel-per-cell float texture, a point
 * per mark, added up), then draws a cell of two or more marks as one disc with its count, at the
 * middle of its marks, and a mark alone in its cell as itself. Zooming in, cells hold fewer marks
 * and open into single events. Here: the cells' arithmetic, and what a cell holds for a click.
 */
import { INSTANCE_FIELDS, INSTANCE_STRIDE, type MarkData } from './mark-data';
import { marksInBox, type MarkGrid } from './mark-picking';

/** A cluster's cell, px square: a bit wider than a marker with its halo. */
export const CLUSTER_CELL_PX = 40;
const TILE_SIZE = 512;

/** The cells covering the screen, in whole cells of the world at the current zoom. */
export interface CellGrid {
  /** The top-left cell's column and row. */
  readonly column: number;
  readonly row: number;
  readonly columns: number;
  readonly rows: number;
}

/**
 * The cells that cover a view whose top-left corner is at (`x`, `y`) in Web Mercator [0, 1]
 * and that is `width` × `height` px at `zoom`, with one spare cell on every side.
 */
export function cellGrid(
  view: { x: number; y: number; width: number; height: number; zoom: number },
  cell = CLUSTER_CELL_PX,
): CellGrid {
  const world = TILE_SIZE * 2 ** view.zoom;
  const column = Math.floor((view.x * world) / cell) - 1;
  const row = Math.floor((view.y * world) / cell) - 1;
  return {
    column,
    row,
    columns: Math.ceil(view.width / cell) + 3,
    rows: Math.ceil(view.height / cell) + 3,
  };
}

/** What a cell under the pointer holds: the marks the window shows there and their middle. */
export interface CellContents {
  readonly marks: readonly number[];
  /** The mean of the marks' places, Web Mercator. */
  readonly x: number;
  readonly y: number;
}

/** The marks in the window in the cell of the world under (`x`, `y`) (Web Mercator) at `zoom`. */
export function cellAt(
  data: MarkData,
  grid: MarkGrid,
  query: { x: number; y: number; zoom: number; from: number; to: number },
  cell = CLUSTER_CELL_PX,
): CellContents {
  const size = cell / (TILE_SIZE * 2 ** query.zoom);
  const x0 = Math.floor(query.x / size) * size;
  const y0 = Math.floor(query.y / size) * size;
  const marks = marksInBox(data, grid, {
    x0,
    y0,
    x1: x0 + size,
    y1: y0 + size,
    from: query.from,
    to: query.to,
  });
  let x = 0;
  let y = 0;
  for (const i of marks) {
    x += data.instances[i * INSTANCE_STRIDE + INSTANCE_FIELDS.x] ?? 0;
    y += data.instances[i * INSTANCE_STRIDE + INSTANCE_FIELDS.y] ?? 0;
  }
  const n = Math.max(1, marks.length);
  return {
    marks,
    x: marks.length > 0 ? x / n : x0 + size / 2,
    y: marks.length > 0 ? y / n : y0 + size / 2,
  };
}
