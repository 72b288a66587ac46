/**
 * Measures the masthead and says which actions fold into the More menu (header-fold.ts): a
 * hidden copy of every action gives their widths in the page's language and font, and a
 * ResizeObserver measures again whenever the header or those widths change.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import {
  FOLD_ORDER,
  foldedActions,
  HEADER_ACTIONS,
  type FoldableAction,
  type HeaderAction,
} from './header-fold';

export interface HeaderFoldRefs {
  /** The masthead's top row: the start (brand, links) and the actions. */
  readonly row: RefObject<HTMLElement | null>;
  /** The start of the row, which wraps onto lines to leave the actions their one row. */
  readonly start: RefObject<HTMLElement | null>;
  /** The hidden copies: one `[data-action]` slot per action and a `[data-more]` button. */
  readonly measure: RefObject<HTMLElement | null>;
}

const width = (element: Element | null | undefined) =>
  element ? Math.ceil(element.getBoundingClientRect().width) : 0;

function measureFold({ row, start, measure }: HeaderFoldRefs): FoldableAction[] | undefined {
  const rowElement = row.current;
  const copies = measure.current;
  if (!rowElement || !copies || rowElement.clientWidth === 0) return undefined;
  const gap = parseFloat(getComputedStyle(rowElement).columnGap) || 0;
  const widths: Record<HeaderAction, number> = {
    edit: 0,
    present: 0,
    embed: 0,
    exportJson: 0,
    exportBriefing: 0,
  };
  for (const action of HEADER_ACTIONS)
    widths[action] = width(copies.querySelector(`[data-action="${action}"]`));
  // The start wraps down to its widest single item; the actions have the rest of the row.
  const startChildren = start.current ? Array.from(start.current.children) : [];
  const startWidth = Math.max(0, ...startChildren.map(width));
  const room = rowElement.clientWidth - startWidth - (startWidth > 0 ? gap : 0);
  const actionGap = parseFloat(getComputedStyle(copies).columnGap) || 0;
  return foldedActions({
    widths,
    more: width(copies.querySelector('[data-more]')),
    gap: actionGap,
    room,
  });
}

const same = (a: readonly FoldableAction[], b: readonly FoldableAction[]) =>
  a.length === b.length && a.every((action, index) => action === b[index]);

/**
 * The actions folded into the More menu. `always` folds every one (a phone, where the row is
 * known to be too narrow, and the first paint before anything is measured).
 */
export function useHeaderFold(refs: HeaderFoldRefs, always: boolean): readonly FoldableAction[] {
  const [folded, setFolded] = useState<readonly FoldableAction[]>([]);
  const { row, start, measure } = refs;
  useLayoutEffect(() => {
    const update = () => {
      const next = measureFold({ row, start, measure });
      if (next) setFolded((last) => (same(last, next) ? last : next));
    };
    update();
    // jsdom has no ResizeObserver (and no layout): nothing folds there but on a phone.
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(update);
    for (const element of [row.current, start.current, measure.current])
      if (element) observer.observe(element);
    for (const slot of measure.current?.children ?? []) observer.observe(slot);
    return () => observer.disconnect();
  }, [row, start, measure]);
  return always ? FOLD_ORDER : folded;
}
