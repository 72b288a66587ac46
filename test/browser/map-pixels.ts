/** The map's pixels as drawn now, read from the print image MapView makes before printing. */
import type { Page } from 'playwright-core';

/**
 * The RGBA bytes, row by row, of the image at `src`, decoded in the page: its middle `side` ×
 * `side` image px, or all of it; empty if it cannot be read.
 */
const decoded = (page: Page, src: string, side?: number): Promise<number[]> =>
  page.evaluate(
    async ({ src, side }) => {
      if (!src) return [];
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) return [];
      context.drawImage(image, 0, 0);
      const [width, height] = side === undefined ? [canvas.width, canvas.height] : [side, side];
      const x = Math.round((canvas.width - width) / 2);
      const y = Math.round((canvas.height - height) / 2);
      return [...context.getImageData(x, y, width, height).data];
    },
    { src, side },
  );

/** The middle `size` × `size` CSS px of the map as RGBA bytes, row by row; empty if none. */
export async function middleOfMap(page: Page, size: number): Promise<number[]> {
  const { src, ratio } = await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    const image = document.querySelector<HTMLImageElement>('img.map-view__print');
    return { src: image?.src ?? '', ratio: window.devicePixelRatio };
  });
  return decoded(page, src, size * ratio);
}

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

/** The map's canvas pixels as on screen (a screenshot of its box), RGBA row by row. */
export async function mapOnScreen(page: Page): Promise<number[]> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) return [];
  const shot = await page.screenshot({ clip: box });
  return decoded(page, `data:image/png;base64,${shot.toString('base64')}`);
}

/** Pixels of two same-sized RGBA images more than 16 apart in some channel. */
export function pixelsApart(a: number[], b: number[]): number {
  let apart = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i += 4) {
    let most = 0;
    for (let channel = 0; channel < 3; channel += 1) {
      most = Math.max(most, Math.abs((a[i + channel] ?? 0) - (b[i + channel] ?? 0)));
    }
    if (most > 16) apart += 1;
  }
  return apart;
}

/**
 * Counts, from now on, the draw calls and frames (colour clears of the canvas) of the map's
 * WebGL context, and its copies of the canvas into a texture; read with `glCounts`.
 */
export const countGlCalls = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
    const gl = canvas?.getContext('webgl2');
    if (!gl) throw new Error('the map has no WebGL2 context');
    const counts = { draws: 0, frames: 0, copies: 0 };
    Object.assign(window, { glCounts: counts });
    const count =
      <T extends unknown[]>(method: (...args: T) => void, key: keyof typeof counts) =>
      (...args: T) => {
        counts[key] += 1;
        method.apply(gl, args);
      };
    gl.drawElements = count(gl.drawElements, 'draws');
    gl.drawArrays = count(gl.drawArrays, 'draws');
    gl.drawArraysInstanced = count(gl.drawArraysInstanced, 'draws');
    gl.copyTexSubImage2D = count(gl.copyTexSubImage2D, 'copies');
    const clear = gl.clear;
    gl.clear = (mask: number) => {
      if (mask & gl.COLOR_BUFFER_BIT) counts.frames += 1;
      clear.call(gl, mask);
    };
  });

/** The counts countGlCalls keeps, and sets them back to zero. */
export const glCounts = (page: Page) =>
  page.evaluate(() => {
    const counts = Reflect.get(window, 'glCounts') as {
      draws: number;
      frames: number;
      copies: number;
    };
    const now = { ...counts };
    Object.assign(counts, { draws: 0, frames: 0, copies: 0 });
    return now;
  });
