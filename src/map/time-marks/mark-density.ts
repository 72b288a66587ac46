/**
 * When marks stop overlapping. Zoomed out, 10,000 markers are a solid carpet and 100,000 are
 * more icons than MapLibre or a reader can take: below the zoom returned here each event is drawn
 * as a small translucent dot of its kind's colour, so where many events happened the map grows
 * denser (a density layer that follows the time window, since the dots are filtered on the GPU
 * like the markers), and from that zoom on the reader sees every marker.
 */
import { runSteps } from '../../story/work-in-slices';

/** Markers are about this many pixels across. */
export const MARK_CELL_PX = 24;
/** Markers per occupied cell at which the map still reads as single events. */
const SEPARATE_RATIO = 1.3;
const TILE_SIZE = 512;

/**
 * The lowest zoom (from 0 to maxZoom) at which marks, on average, no longer share a
 * MARK_CELL_PX cell; maxZoom + 1 if they still do at maxZoom. `x`, `y` are Web Mercator in [0, 1].
 * Markers stacked on one spot are spread by marker-stacks.ts and count once (pass only a stack's
 * first member).
 */
export function separatingZoom(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  maxZoom: number,
  ratio = SEPARATE_RATIO,
): number {
  return runSteps(separatingZoomSteps(x, y, maxZoom, ratio));
}

/** Marks counted between two chances to yield. */
const MARKS_PER_STEP = 16_384;

/** separatingZoom as steps, yielding between runs of marks (one pass per zoom, up to 11). */
export function* separatingZoomSteps(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  maxZoom: number,
  ratio = SEPARATE_RATIO,
): Generator<void, number> {
  const count = Math.min(x.length, y.length);
  if (count === 0) return 0;
  for (let zoom = 0; zoom <= maxZoom; zoom += 1) {
    const cells = (TILE_SIZE * 2 ** zoom) / MARK_CELL_PX;
    const occupied = new Set<number>();
    for (let i = 0; i < count; i += 1) {
      if (i % MARKS_PER_STEP === MARKS_PER_STEP - 1) yield;
      const column = Math.floor((x[i] ?? 0) * cells);
      const row = Math.floor((y[i] ?? 0) * cells);
      occupied.add(column * Math.ceil(cells) + row);
    }
    if (count / occupied.size <= ratio) return zoom;
  }
  return maxZoom + 1;
}
