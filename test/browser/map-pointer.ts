/** The pointer over a map of GPU marks, as a reader moves it: until a tooltip names a mark. */
import type { Page } from 'playwright-core';

/** A grid of pointer positions around the middle of the map. */
interface Grid {
  /** Px between two positions. */
  readonly spacing: number;
  /** Positions across and down. */
  readonly columns: number;
  readonly rows: number;
}

/**
 * Walks the pointer over a grid around the middle of the map until the tooltip names the mark
 * under it; returns that name ('' when none was met). The pointer stays there.
 */
export async function pointAtMark(
  page: Page,
  { spacing, columns, rows }: Grid = { spacing: 24, columns: 12, rows: 10 },
): Promise<string> {
  const map = page.getByRole('region', { name: 'Map of events' });
  const box = await map.boundingBox();
  if (!box) throw new Error('the map has no box');
  const tooltip = page.locator('.map-tooltip__title');
  for (let step = 0; step < columns * rows; step += 1) {
    const x = ((step % columns) - Math.floor(columns / 2)) * spacing;
    const y = (Math.floor(step / columns) - Math.floor(rows / 2)) * spacing;
    await page.mouse.move(box.x + box.width / 2 + x, box.y + box.height / 2 + y);
    // A busy page answers the move a little later.
    await page.waitForTimeout(150);
    if ((await tooltip.count()) > 0) return tooltip.innerText();
  }
  return '';
}

/** Resolves once the view written into the link has not changed for two seconds. */
export async function settled(page: Page): Promise<void> {
  let last = '';
  for (let poll = 0; poll < 60; poll += 1) {
    const view = await page.evaluate(() => new URLSearchParams(window.location.search).get('view'));
    if (view !== null && view === last) return;
    last = view ?? '';
    await page.waitForTimeout(2000);
  }
}
