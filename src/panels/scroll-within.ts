/**
 * How far a scroll box must move to show an item: the 'nearest' rule of scrollIntoView, but
 * confined to one box. Calling scrollIntoView on a list row would also scroll the page, and on
 * a phone that drags the reader away from the map they just tapped.
 */

/** Vertical extent of a box on screen. */
export interface Extent {
  readonly top: number;
  readonly bottom: number;
}

/** Pixels to scroll the box by (negative is up); 0 when the item is already fully visible. */
export function scrollDelta(box: Extent, item: Extent): number {
  if (item.top < box.top) return item.top - box.top;
  if (item.bottom > box.bottom) {
    // An item taller than the box shows its top, as 'nearest' does.
    return Math.min(item.bottom - box.bottom, item.top - box.top);
  }
  return 0;
}
