/**
 * Measures the masthead's top row and says which actions fold into the More menu
 * (header-fold.ts): a hidden copy of every action gives their widths in the page's language and
 * font, and a ResizeObserver measures again whenever the row or those widths change.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import {
  FOLD_ORDER,
  foldedActions,
  HEADER_ACTIONS,
  type FoldableAction,
  type HeaderAction,
} from './header-fold';

const width = (element: Element | null | undefined) =>
  element ? Math.ceil(element.getBoundingClientRect().width) : 0;

/**
 * The fold for the row that holds `measure` (the hidden copies: a `[data-action]` slot per
 * action and a `[data-more]` button) and `actions`. The row's other parts (the brand and links)
 * wrap down to their widest single item; the actions have the rest of the row.
 */
function measureFold(measure: HTMLElement, actions: HTMLElement): FoldableAction[] | undefined {
  const row = measure.parentElement;
  if (!row || row.clientWidth === 0) return undefined;
  const gap = parseFloat(getComputedStyle(row).columnGap) || 0;
  const widths: Record<HeaderAction, number> = {
    edit: 0,
    present: 0,
    embed: 0,
    exportJson: 0,
    exportBriefing: 0,
  };
  for (const action of HEADER_ACTIONS)
    widths[action] = width(measure.querySelector(`[data-action="${action}"]`));
  const others = Array.from(row.children).filter((child) => child !== measure && child !== actions);
  const narrowest = others.map((other) => Math.max(0, ...Array.from(other.children, width)));
  const taken = narrowest.reduce((sum, each) => sum + each + gap, 0);
  return foldedActions({
    widths,
    more: width(measure.querySelector('[data-more]')),
    gap: parseFloat(getComputedStyle(measure).columnGap) || 0,
    room: row.clientWidth - taken,
  });
}

const same = (a: readonly FoldableAction[], b: readonly FoldableAction[]) =>
  a.length === b.length && a.every((action, index) => action === b[index]);

/**
 * The actions folded into the More menu. `always` folds every one (a phone, where the row is
 * known to be too narrow). Watches the row, its parts and every copy, so a new width, a font
 * that arrives late or an action that appears (Present, once the story is ready) refolds.
 */
export function useHeaderFold(
  measure: RefObject<HTMLElement | null>,
  actions: RefObject<HTMLElement | null>,
  always: boolean,
): readonly FoldableAction[] {
  const [folded, setFolded] = useState<readonly FoldableAction[]>([]);
  useLayoutEffect(() => {
    const copies = measure.current;
    const own = actions.current;
    const row = copies?.parentElement;
    if (!copies || !own || !row) return undefined;
    const update = () => {
      const next = measureFold(copies, own);
      if (next) setFolded((last) => (same(last, next) ? last : next));
    };
    update();
    // jsdom has no ResizeObserver (and no layout): nothing folds there but on a phone.
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(update);
    observer.observe(row);
    for (const part of row.children) if (part !== own) observer.observe(part);
    for (const slot of copies.children) observer.observe(slot);
    return () => observer.disconnect();
  }, [measure, actions]);
  return always ? FOLD_ORDER : folded;
}
