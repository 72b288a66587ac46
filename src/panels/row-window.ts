/**
 * Which rows of a long list are in the DOM: those that meet the visible part of the screen, a
 * few more on either side, and the rows that must never disappear (the selected one, the one
 * with the keyboard's focus). Every row of a windowed list has one height, so a row's place is
 * index × height: no measuring of 100,000 rows, and a scrub step costs nothing here.
 */

/** Rows [start, end) of a list. */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/** Where the list is on screen and what part of the screen shows it (viewport px). */
export interface ListView {
  /** Top of the list's first row. */
  readonly listTop: number;
  /** The visible band: the viewport clipped by the list's scroll box. */
  readonly clipTop: number;
  readonly clipBottom: number;
  readonly rowHeight: number;
  readonly count: number;
}

/** Rows rendered beyond each edge of the visible band, so a short scroll shows no gap. */
export const OVERSCAN = 8;

/** The rows that meet the visible band, widened by `overscan` rows at each end. */
export function rowsInView(view: ListView, overscan = OVERSCAN): RowRange {
  const { listTop, clipTop, clipBottom, rowHeight, count } = view;
  if (count <= 0 || rowHeight <= 0 || clipBottom <= clipTop) return { start: 0, end: 0 };
  const first = Math.floor((clipTop - listTop) / rowHeight);
  const last = Math.ceil((clipBottom - listTop) / rowHeight);
  // A list still below the band (a phone's page, scrolled above it) shows its first rows, and one
  // scrolled past shows its last: those are what the reader meets on scrolling back to it, and
  // what find in page and a screen reader then have.
  const band = Math.ceil((clipBottom - clipTop) / rowHeight) + overscan;
  if (last <= 0) return { start: 0, end: Math.min(count, band) };
  if (first >= count) return { start: Math.max(0, count - band), end: count };
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(count, last + overscan),
  };
}

/** The indices to render, in list order: the range plus the pinned rows (-1: none), once each. */
export function rowsToRender(
  range: RowRange,
  count: number,
  pinned: readonly number[],
): readonly number[] {
  const rows: number[] = [];
  const extra = pinned
    .filter((index) => index >= 0 && index < count && (index < range.start || index >= range.end))
    .sort((a, b) => a - b);
  let next = 0;
  const end = Math.min(range.end, count);
  for (const index of extra) {
    if (index >= range.start) break;
    if (rows[rows.length - 1] !== index) rows.push(index);
    next += 1;
  }
  for (let index = Math.max(0, range.start); index < end; index += 1) rows.push(index);
  for (const index of extra.slice(next)) if (rows[rows.length - 1] !== index) rows.push(index);
  return rows;
}

/** The list keys and where each moves the focus from `index` among `count` rows. */
export function rowForKey(
  key: string,
  index: number,
  count: number,
  page: number,
): number | undefined {
  if (count <= 0) return undefined;
  const last = count - 1;
  const step = Math.max(1, page);
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'PageDown':
      return Math.min(last, index + step);
    case 'PageUp':
      return Math.max(0, index - step);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
