/** The map's pixels as drawn now, read from the print image MapView makes before printing. */
import type { Page } from 'playwright-core';

/** The middle `size` × `size` CSS px of the map as RGBA bytes, row by row; empty if none. */
export const middleOfMap = (page: Page, size: number): Promise<number[]> =>
  page.evaluate(async (size) => {
    window.dispatchEvent(new Event('beforeprint'));
    const image = document.querySelector<HTMLImageElement>('img.map-view__print');
    if (!image) return [];
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) return [];
    context.drawImage(image, 0, 0);
    const ratio = window.devicePixelRatio;
    const x = Math.round(canvas.width / 2 - (size / 2) * ratio);
    const y = Math.round(canvas.height / 2 - (size / 2) * ratio);
    return [...context.getImageData(x, y, size * ratio, size * ratio).data];
  }, size);

/** Pixels (of RGBA rows) whose colour differs by more than 16 in some channel, and the mean. */
function differenceAt(a: number[], b: number[], dx: number, dy: number, reach: number) {
  const side = Math.round(Math.sqrt(a.length / 4));
  let apart = 0;
  let sum = 0;
  let pixels = 0;
  for (let y = reach; y < side - reach; y += 1) {
    for (let x = reach; x < side - reach; x += 1) {
      const i = (y * side + x) * 4;
      const j = ((y + dy) * side + x + dx) * 4;
      let most = 0;
      for (let channel = 0; channel < 3; channel += 1) {
        most = Math.max(most, Math.abs((a[i + channel] ?? 0) - (b[j + channel] ?? 0)));
      }
      sum += most;
      pixels += 1;
      if (most > 16) apart += 1;
    }
  }
  return { apart, mean: sum / pixels };
}

/**
 * Two squares of middleOfMap's pixels compared where they match best, moved up to 2 px against
 * each other: pixels more than 16 apart in some channel, and the mean of each pixel's largest
 * difference. The map's box may differ by a pixel between two pages (a late font's line height
 * moves it), and the view fitted to it with it.
 */
export function bestMatch(a: number[], b: number[]): { apart: number; mean: number } {
  const reach = 2;
  let best = { apart: Infinity, mean: Infinity };
  for (let dy = -reach; dy <= reach; dy += 1) {
    for (let dx = -reach; dx <= reach; dx += 1) {
      const at = differenceAt(a, b, dx, dy, reach);
      if (at.mean < best.mean) best = at;
    }
  }
  return best;
}
