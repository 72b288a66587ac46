/**
 * Which rows of a long list are rendered: a range the reader widens a page at a time, moved to
 * the selected row's page whenever the selection lies outside it (a click on the map must show
 * its row, even 9,000 rows down, without rendering the 9,000 above it).
 */

/** Rows [start, end) of a list. */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/** The range to render for `count` rows, given the chosen range and the selected row (-1: none). */
export function rowsToRender(
  chosen: RowRange,
  count: number,
  selected: number,
  page: number,
): RowRange {
  let { start, end } = chosen;
  if (selected >= 0 && selected < count && (selected < start || selected >= end)) {
    start = Math.floor(selected / page) * page;
    end = start + page;
  }
  start = Math.max(0, Math.min(start, count));
  end = Math.max(start, Math.min(end, count));
  return { start, end };
}
