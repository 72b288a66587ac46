/**
 * Where the off-screen buttons go: in a row along the top or the bottom of the map, whichever is
 * nearer to where their events lie, ordered left to right as the events are, and pushed towards
 * that side. Two rows only, so buttons never cover one another, even in a corner.
 */
import type { OffscreenGroup } from '../geo/offscreen';

export type Side = 'top' | 'bottom';
export type Align = 'start' | 'center' | 'end';

/** The buttons along one side of the map. */
export interface SideRow {
  readonly side: Side;
  readonly align: Align;
  readonly groups: readonly OffscreenGroup[];
}

/** The row for an edge point: the top for the upper half of the frame, the bottom for the lower. */
export function sideOf(edge: OffscreenGroup['edge']): Side {
  return edge.y <= 0.5 ? 'top' : 'bottom';
}

/** Groups buttons into rows, ordered left to right, each aligned towards where its buttons point. */
export function layoutOffscreen(groups: readonly OffscreenGroup[]): SideRow[] {
  return (['top', 'bottom'] as const).flatMap((side) => {
    const here = groups
      .filter((group) => sideOf(group.edge) === side)
      .sort((a, b) => a.edge.x - b.edge.x);
    if (here.length === 0) return [];
    const mean = here.reduce((sum, group) => sum + group.edge.x, 0) / here.length;
    const align: Align = mean < 1 / 3 ? 'start' : mean > 2 / 3 ? 'end' : 'center';
    return [{ side, align, groups: here }];
  });
}
