/**
 * The names that tie each of the masthead's foldable actions in its row to the same action in
 * the More menu: header-fold.css hides one of the two by this name (`data-fold`), the least used
 * first as the header narrows.
 */

/** The actions that can fold, in the order they fold: Present never does. */
export const FOLD_ORDER = ['export-briefing', 'export-json', 'embed', 'edit'] as const;
export type FoldableAction = (typeof FOLD_ORDER)[number];
