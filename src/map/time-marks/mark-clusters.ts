/**
 * Clusters where marks would overlap, worked out once per whole zoom level instead of on every
 * frame: the world at that level is cut into square cells of CLUSTER_CELL_PX (fixed to the world,
 * so they do not swim as the map pans), and every cell that holds two marks or more becomes a
 * cluster. Its marks are hidden and it is drawn as one disc at their middle, with the number of
 * them the time window shows. That number needs no pass over the marks: each cluster keeps its
 * marks' starts and ends sorted, and the shown ones are those starting before the window's end
 * less those ending at or before its start (a mark cannot do both), two binary searches the
 * vertex shader runs per cluster. So a scrub step stays a uniform change. Times here are the
 * encoded ones the GPU compares (time-encoding.ts), so this file and the shader agree.
 *
 * A cell the window leaves one mark in shows that mark, drawn by its cluster: the marks in
 * clusters are never drawn one by one (at 100,000 marks that pass cost most of a frame). Beside
 * each sorted list a cluster keeps the running XOR of its marks' indices in that order; the
 * marks shown are the first `started` by start less the first `ended` by end, so when one is
 * shown, the XOR of the two running values at those lengths is its index.
 */

import { sortInSlices } from './sort-in-slices';

/** A cluster's cell, px square at its zoom level: a bit wider than a marker with its halo. */
export const CLUSTER_CELL_PX = 40;
const TILE_SIZE = 512;

/** Floats per cluster in `clusters`: its middle (Web Mercator), where its times start, its size. */
export const CLUSTER_STRIDE = 4;

/** The clusters of one zoom level. */
export interface ClusterLevel {
  readonly zoom: number;
  readonly count: number;
  /** CLUSTER_STRIDE floats per cluster: x, y, offset into `times`, number of marks. */
  readonly clusters: Float32Array;
  /**
   * Per cluster, from its offset, four runs of its size: its marks' starts ascending, their ends
   * ascending, then the running XOR of the marks' indices in each of those two orders.
   */
  readonly times: Float32Array;
  /** The marks alone in their cell, which are drawn one by one at this level. */
  readonly alone: Uint32Array;
  /** Per mark: 1 when it shares its cell, so its cluster draws it. */
  readonly hidden: Uint8Array;
  /** Per mark: the index of its cluster, or -1 for a mark alone in its cell. */
  readonly clusterOfMark: Int32Array;
  /** The cluster of each crowded cell, by cell key (cellKey). */
  readonly byCell: ReadonlyMap<number, number>;
}

/** Runs of a cluster's size in ClusterLevel.times: starts, ends and their indices' XORs. */
export const CLUSTER_RUNS = 4;

/**
 * Marks a level can hold: an index must survive as a 32-bit float in the times texture, and a
 * sort key packs an index under a time (time-encoding.ts keeps times under 2^24 too). A story
 * the 30 MB limit lets in holds far fewer.
 */
export const MAX_CLUSTERED_MARKS = 2 ** 24;

/** A time window as the GPU compares it: encoded times, [from, to). */
type TimeWindow = readonly [from: number, to: number];

/**
 * The marks' places (Web Mercator [0, 1]) and encoded times (whole numbers from -1 to 2^24, see
 * time-encoding.ts), one entry per mark.
 */
export interface ClusterInput {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
}

/** How many cells span the world at `zoom`. */
function cellsAcross(zoom: number, cell: number): number {
  return Math.ceil((TILE_SIZE * 2 ** zoom) / cell);
}

/** The column and row of the cell holding (`x`, `y`) at `zoom`. */
export function cellOf(
  x: number,
  y: number,
  zoom: number,
  cell = CLUSTER_CELL_PX,
): [number, number] {
  const world = TILE_SIZE * 2 ** zoom;
  return [Math.floor((x * world) / cell), Math.floor((y * world) / cell)];
}

/** One number per cell at `zoom`, for ClusterLevel.byCell. */
export function cellKey(column: number, row: number, zoom: number, cell = CLUSTER_CELL_PX): number {
  return column * cellsAcross(zoom, cell) + row;
}

/** Marks (or cells) handled between two chances to yield: a slice takes well under 10 ms. */
const SLICE = 2048;

/**
 * The marks grouped by cell: `cellOfMark` numbers each mark's cell densely (in order of first
 * appearance), `keys` holds each cell's key and `members` its marks, from `first[cell]` on. A
 * bucket sort in typed arrays; it yields between slices of marks (see clusterLevelSteps).
 */
function* groupByCell(
  input: ClusterInput,
  count: number,
  zoom: number,
  cell: number,
): Generator<void, { keys: number[]; first: Int32Array; members: Int32Array }> {
  const denseOf = new Map<number, number>();
  const keys: number[] = [];
  const cellOfMark = new Int32Array(count);
  const world = TILE_SIZE * 2 ** zoom;
  const across = cellsAcross(zoom, cell);
  for (let i = 0; i < count; i += 1) {
    if (i % SLICE === SLICE - 1) yield;
    const column = Math.floor(((input.x[i] ?? 0) * world) / cell);
    const row = Math.floor(((input.y[i] ?? 0) * world) / cell);
    const key = column * across + row;
    let dense = denseOf.get(key);
    if (dense === undefined) {
      dense = keys.push(key) - 1;
      denseOf.set(key, dense);
    }
    cellOfMark[i] = dense;
  }
  yield;
  const first = new Int32Array(keys.length + 1);
  for (let i = 0; i < count; i += 1) {
    const c = (cellOfMark[i] ?? 0) + 1;
    first[c] = (first[c] ?? 0) + 1;
  }
  for (let c = 0; c < keys.length; c += 1) first[c + 1] = (first[c + 1] ?? 0) + (first[c] ?? 0);
  const next = first.slice(0, keys.length);
  const members = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    const c = cellOfMark[i] ?? 0;
    members[next[c] ?? 0] = i;
    next[c] = (next[c] ?? 0) + 1;
  }
  yield;
  return { keys, first, members };
}

/**
 * The clusters at a whole `zoom`, worked out in slices: the generator yields between slices so
 * that a caller on the main thread can give the page its turn (buildInSlices in src/story/work-in-slices.ts)
 * and returns the level. 100,000 marks took one task of 70–330 ms when built at once.
 */
export function* clusterLevelSteps(
  input: ClusterInput,
  zoom: number,
  cell = CLUSTER_CELL_PX,
): Generator<void, ClusterLevel> {
  const count = Math.min(input.x.length, input.y.length, input.start.length, input.end.length);
  const { keys, first, members } = yield* groupByCell(input, count, zoom, cell);
  let clusterCount = 0;
  for (let c = 0; c < keys.length; c += 1) {
    if ((first[c + 1] ?? 0) - (first[c] ?? 0) > 1) clusterCount += 1;
  }
  const clusters = new Float32Array(clusterCount * CLUSTER_STRIDE);
  // Every mark in a cluster has its CLUSTER_RUNS entries here; marks alone in their cell none.
  const times = new Float32Array(CLUSTER_RUNS * count);
  const clusterOfMark = new Int32Array(count).fill(-1);
  // A cluster's (time, index) pairs as one number each, so one numeric sort orders both.
  const sortKeys = new Float64Array(count);
  const byCell = new Map<number, number>();
  let index = 0;
  let offset = 0;
  // Marks handled since the last yield: a slice ends after SLICE of them, at a cell's end.
  let handled = 0;
  for (let c = 0; c < keys.length; c += 1) {
    const from = first[c] ?? 0;
    const size = (first[c + 1] ?? 0) - from;
    if (size < 2) continue;
    let x = 0;
    let y = 0;
    const own = sortKeys.subarray(0, size);
    for (let k = 0; k < size; k += 1) {
      const i = members[from + k] ?? 0;
      x += input.x[i] ?? 0;
      y += input.y[i] ?? 0;
      own[k] = sortKey(input.start[i] ?? 0, i);
      clusterOfMark[i] = index;
    }
    // Numerically, in place; a large cluster's in slices.
    yield* sortInSlices(own);
    writeRuns(own, times, offset, offset + 2 * size);
    for (let k = 0; k < size; k += 1) {
      const i = members[from + k] ?? 0;
      own[k] = sortKey(input.end[i] ?? 0, i);
    }
    yield* sortInSlices(own);
    writeRuns(own, times, offset + size, offset + 3 * size);
    const at = index * CLUSTER_STRIDE;
    clusters[at] = x / size;
    clusters[at + 1] = y / size;
    clusters[at + 2] = offset;
    clusters[at + 3] = size;
    byCell.set(keys[c] ?? 0, index);
    index += 1;
    offset += CLUSTER_RUNS * size;
    handled += size;
    if (handled >= SLICE) {
      handled = 0;
      yield;
    }
  }
  const hidden = new Uint8Array(count);
  const alone: number[] = [];
  for (let i = 0; i < count; i += 1) {
    hidden[i] = (clusterOfMark[i] ?? -1) >= 0 ? 1 : 0;
    if (hidden[i] === 0) alone.push(i);
  }
  return {
    zoom,
    count: clusterCount,
    clusters,
    times: times.slice(0, offset),
    alone: Uint32Array.from(alone),
    hidden,
    clusterOfMark,
    byCell,
  };
}

/** A time (an encoded one: a whole number from -1) and a mark's index as one sortable number. */
function sortKey(time: number, index: number): number {
  return (time + 1) * MAX_CLUSTERED_MARKS + index;
}

/** The sorted keys' times from `times[at]` on, and their indices' running XOR from `xorAt` on. */
function writeRuns(keys: Float64Array, times: Float32Array, at: number, xorAt: number): void {
  let xor = 0;
  for (let k = 0; k < keys.length; k += 1) {
    const key = keys[k] ?? 0;
    const index = key % MAX_CLUSTERED_MARKS;
    times[at + k] = (key - index) / MAX_CLUSTERED_MARKS - 1;
    xor ^= index;
    times[xorAt + k] = xor;
  }
}

/** The clusters at a whole `zoom`, at once; marks alone in their cell stay marks. */
export function clusterLevel(
  input: ClusterInput,
  zoom: number,
  cell = CLUSTER_CELL_PX,
): ClusterLevel {
  const steps = clusterLevelSteps(input, zoom, cell);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * True when mark `index` is drawn by its cluster's disc: it shares its cell and the window shows
 * another mark of its cell too. The one mark a window leaves in a cell is drawn as itself, and
 * its cluster draws nothing (the shader decides the same).
 */
export function drawnByCluster(level: ClusterLevel, index: number, window: TimeWindow): boolean {
  const cluster = level.clusterOfMark[index] ?? -1;
  return cluster >= 0 && shownInCluster(level, cluster, window) > 1;
}

/** How many of `sorted[offset, offset + size)` are below `value` (or at most it, if `orEqual`). */
function countBelow(
  sorted: Float32Array,
  offset: number,
  size: number,
  value: number,
  orEqual: boolean,
): number {
  let low = 0;
  let high = size;
  while (low < high) {
    const middle = (low + high) >> 1;
    const at = sorted[offset + middle] ?? 0;
    if (at < value || (orEqual && at === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many marks of cluster `index` the window [from, to) shows (encoded times): those that
 * start before `to` less those that end at or before `from`, as the vertex shader counts.
 */
export function shownInCluster(level: ClusterLevel, index: number, window: TimeWindow): number {
  const { started, ended } = windowCounts(level, index, window);
  return Math.max(0, started - ended);
}

/**
 * Where cluster `index`'s runs start in the level's times, its size, and how many of its marks
 * start before the window's end and end at or before its start: the vertex shader's two searches.
 */
function windowCounts(level: ClusterLevel, index: number, window: TimeWindow) {
  const at = index * CLUSTER_STRIDE;
  const offset = level.clusters[at + 2] ?? 0;
  const size = level.clusters[at + 3] ?? 0;
  const started = countBelow(level.times, offset, size, window[1], false);
  const ended = countBelow(level.times, offset + size, size, window[0], true);
  return { offset, size, started, ended };
}

/** A cluster's disc radius, px, for the number of marks it shows (the shader draws the same). */
export function clusterRadius(shown: number, cell = CLUSTER_CELL_PX): number {
  return Math.min(Math.max(8 + 2.5 * Math.log2(Math.max(1, shown)), 11), cell * 0.45);
}

/**
 * The index of the one mark the window shows in cluster `index`, or -1 when it shows none or
 * several: the XOR of the indices of the marks started less those ended, as the vertex shader
 * finds the mark it draws in the cluster's place.
 */
export function loneInCluster(level: ClusterLevel, index: number, window: TimeWindow): number {
  if (!(window[0] < window[1])) return -1;
  const { offset, size, started, ended } = windowCounts(level, index, window);
  if (started - ended !== 1) return -1;
  const xorOf = (from: number, n: number) => (n > 0 ? (level.times[from + n - 1] ?? 0) : 0);
  return xorOf(offset + 2 * size, started) ^ xorOf(offset + 3 * size, ended);
}
