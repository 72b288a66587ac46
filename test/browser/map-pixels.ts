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
