/**
 * The still timeline's layouts as CSS (StillAxis.tsx draws them all): each shows, and moves the
 * marks whose lanes differ from the base layout's, where the axis is as wide as it is for. The
 * prerender puts these rules in the page's first-view stylesheet (the page's policy allows no
 * inline style). Browsers without container queries show the base layout. No React, no DOM.
 */
import type { StillAxisDrawing, StillLayout } from './still-axis';

/** The still drawing's box, queried for its width (first-axis.css names it). */
const CONTAINER = 'first-axis';

/** The class of layout `index`'s ticks and labels. */
export const layoutClass = (index: number) => `first-axis__w${index}`;

/** The class of mark `index`'s elements, on marks that change lanes between layouts. */
export const markClass = (index: number) => `first-axis__m${index}`;

/** Whether mark `index` has another lane in some layout than in the base one. */
export function markMoves(drawing: StillAxisDrawing, index: number): boolean {
  const base = drawing.layouts[drawing.base]?.y[index];
  return drawing.layouts.some((layout) => layout.y[index] !== base);
}

/** A layout's widths as a container query's condition. */
function widths({ min, max }: StillLayout): string {
  const conditions = [
    ...(min === undefined ? [] : [`(width >= ${min}px)`]),
    ...(max === undefined ? [] : [`(width < ${max + 1}px)`]),
  ];
  return conditions.join(' and ');
}

/** The rules that pick a layout by the axis's width; none for a drawing of one layout. */
export function stillAxisCss(drawing: StillAxisDrawing): string {
  const { layouts, base } = drawing;
  if (layouts.length < 2) return '';
  const scoped = (className: string) => `.first-axis .${className}`;
  const others = layouts.map((_, index) => index).filter((index) => index !== base);
  const baseY = layouts[base]?.y ?? [];
  const rules = [`${others.map((index) => scoped(layoutClass(index))).join(',')}{display:none}`];
  for (const index of others) {
    const layout = layouts[index];
    if (!layout) continue;
    const moves = layout.y
      .map((y, mark) => {
        const by = y - (baseY[mark] ?? y);
        return by === 0 ? '' : `${scoped(markClass(mark))}{transform:translateY(${by}px)}`;
      })
      .join('');
    rules.push(
      `@container ${CONTAINER} ${widths(layout)}{${scoped(layoutClass(base))}{display:none}` +
        `${scoped(layoutClass(index))}{display:inline}${moves}}`,
    );
  }
  return rules.join('\n');
}
