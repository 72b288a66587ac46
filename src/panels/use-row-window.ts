/**
 * Keeps a long list's rendered rows to those near the screen (row-window.ts). The list may scroll
 * in its own box (wide screens), with the page (phones) or in an embed's sheet: every scroll in
 * the document is heard, and the visible band is the viewport clipped by the list's own box, so
 * one rule serves all three.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { rowsInView, type RowRange } from './row-window';

/** A first guess at a row's height (px) before one is measured: a line of title, one of meta. */
const ROW_ESTIMATE = 66;
/** Rows rendered before the list has been measured (and in jsdom, which lays nothing out). */
const FIRST_ROWS = 30;

/** The rendered range, the rows' common height, and the refs and callbacks the list wires up. */
export interface RowWindow {
  readonly range: RowRange;
  readonly rowHeight: number;
  /** Rows that fit in the visible band: one Page Up or Page Down. */
  readonly pageRows: () => number;
  /** Takes the rendered range from where the list now is (after a scroll the list caused). */
  readonly measure: () => void;
  readonly listRef: RefObject<HTMLUListElement | null>;
  readonly clipRef: RefObject<HTMLDivElement | null>;
  /** Ref callback for each rendered row: its height sets the rows' common height. */
  readonly observeRow: (row: HTMLLIElement | null) => void;
}

function sameRange(a: RowRange, b: RowRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Windowing for a list of `count` rows; inactive (no listeners) unless `enabled`. */
export function useRowWindow(count: number, enabled: boolean): RowWindow {
  const listRef = useRef<HTMLUListElement>(null);
  const clipRef = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(ROW_ESTIMATE);
  const [range, setRange] = useState<RowRange>({ start: 0, end: FIRST_ROWS });
  const heightRef = useRef(rowHeight);
  const countRef = useRef(count);
  useLayoutEffect(() => {
    countRef.current = count;
    heightRef.current = rowHeight;
  });

  const band = useCallback(() => {
    const list = listRef.current;
    if (!list) return undefined;
    const clip = clipRef.current?.getBoundingClientRect();
    const clipTop = Math.max(0, clip?.top ?? 0);
    const clipBottom = Math.min(window.innerHeight, clip?.bottom ?? window.innerHeight);
    // A box wholly off screen clips nothing useful: measure against the screen, which tells
    // rowsInView whether the list waits below or lies above.
    const offScreen = clipBottom <= clipTop;
    return {
      listTop: list.getBoundingClientRect().top,
      clipTop: offScreen ? 0 : clipTop,
      clipBottom: offScreen ? window.innerHeight : clipBottom,
    };
  }, []);

  const measure = useCallback(() => {
    const seen = band();
    if (!seen) return;
    // jsdom lays nothing out: every box is at 0 with no height. Keep the first rows there.
    const laidOut = seen.clipBottom > seen.clipTop || seen.listTop !== 0;
    const next = laidOut
      ? rowsInView({ ...seen, rowHeight: heightRef.current, count: countRef.current })
      : { start: 0, end: FIRST_ROWS };
    setRange((current) => (sameRange(current, next) ? current : next));
  }, [band]);

  const pageRows = useCallback(() => {
    const seen = band();
    const visible = seen ? seen.clipBottom - Math.max(seen.clipTop, seen.listTop) : 0;
    return Math.max(1, Math.floor(visible / heightRef.current) - 1);
  }, [band]);

  // Rows grow to the tallest row seen (a wrapped badge, a larger font); they never overlap.
  const [observer] = useState(() =>
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver((entries) => {
          let tallest = 0;
          for (const entry of entries) {
            if (entry.target instanceof HTMLLIElement)
              tallest = Math.max(tallest, entry.borderBoxSize[0]?.blockSize ?? 0);
          }
          const height = Math.ceil(tallest);
          setRowHeight((current) => (height > current ? height : current));
        }),
  );
  useEffect(() => () => observer?.disconnect(), [observer]);

  const observeRow = useCallback(
    (row: HTMLLIElement | null) => {
      if (!row || !observer) return undefined;
      observer.observe(row);
      return () => observer.unobserve(row);
    },
    [observer],
  );

  const empty = count === 0;
  useLayoutEffect(() => {
    if (enabled && !empty) measure();
  }, [enabled, empty, rowHeight, measure]);

  useEffect(() => {
    if (!enabled) return undefined;
    // Scroll events already come once per frame: measuring at once, not a frame later, keeps
    // rows from lagging behind the scroll while the map takes the frames.
    // Capture hears scrolls of every box (its own, the page, a sheet); none of them bubble.
    document.addEventListener('scroll', measure, { capture: true, passive: true });
    window.addEventListener('resize', measure);
    return () => {
      document.removeEventListener('scroll', measure, { capture: true });
      window.removeEventListener('resize', measure);
    };
  }, [enabled, measure]);

  return { range, rowHeight, pageRows, measure, listRef, clipRef, observeRow };
}
