/**
 * Which of the masthead's actions fold into its More menu: as few as the row's width allows,
 * the least used first. Pure: the widths come from the page (use-header-fold.ts).
 */

/** The masthead's actions in the order they show, and the ones that can fold. */
export const HEADER_ACTIONS = ['edit', 'present', 'embed', 'exportJson', 'exportBriefing'] as const;
export type HeaderAction = (typeof HEADER_ACTIONS)[number];
export type FoldableAction = Exclude<HeaderAction, 'present'>;

/**
 * The order they fold in: the briefing and the JSON export are used least, Embed next, Edit
 * last. Present never folds: it is the one action a reader on any screen is offered.
 */
export const FOLD_ORDER: readonly FoldableAction[] = [
  'exportBriefing',
  'exportJson',
  'embed',
  'edit',
];

export interface FoldSizes {
  /** Each action's width in px as it would show; 0 for one the page does not offer. */
  readonly widths: Readonly<Record<HeaderAction, number>>;
  /** The More button's width. */
  readonly more: number;
  /** The space between two actions. */
  readonly gap: number;
  /** The width the actions may take. */
  readonly room: number;
}

function rowWidth(widths: readonly number[], gap: number): number {
  const shown = widths.filter((width) => width > 0);
  return shown.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, shown.length - 1);
}

/** The actions to fold: the shortest start of FOLD_ORDER after which the row fits (or all). */
export function foldedActions(sizes: FoldSizes): FoldableAction[] {
  const offered = FOLD_ORDER.filter((action) => sizes.widths[action] > 0);
  for (let count = 0; count <= offered.length; count += 1) {
    const folded = offered.slice(0, count);
    const shown = HEADER_ACTIONS.filter((action) => !folded.some((f) => f === action)).map(
      (action) => sizes.widths[action],
    );
    const width = rowWidth(count > 0 ? [...shown, sizes.more] : shown, sizes.gap);
    if (width <= sizes.room) return folded;
  }
  return offered;
}
