/**
 * "Download PNG of this view" in Chromium: the built app makes a real PNG at twice the frame's
 * CSS width, with the map drawn in it. The image is saved to test-results/ to be looked at.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, openApp, waitForMap, startChromium } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** How many different colours a part of the PNG holds, decoded by the browser itself. */
function distinctColours(
  page: Page,
  png: Buffer,
  box: { x: number; y: number; width: number; height: number },
): Promise<number> {
  return page.evaluate(
    async ({ data, box }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) return 0;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(box.x, box.y, box.width, box.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length; i += 4) {
        colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
      }
      return colours.size;
    },
    { data: png.toString('base64'), box },
  );
}

describe.skipIf(!enabled)('Download PNG of this view', () => {
  it('saves a PNG twice the frame’s width, with the map drawn in it, from the keyboard', async () => {
    const query = '?event=csto-exercises&from=2021-10-18&to=2021-10-23';
    const { page, requests, errors } = await openApp(browser(), query);
    await waitForMap(page);
    const frame = page.getByRole('region', { name: 'Map of events' });
    const cssWidth = await frame.evaluate((element) => element.clientWidth);
    const cssHeight = await frame.evaluate((element) => element.clientHeight);
    const button = page.getByRole('button', { name: 'Download PNG of this view' });
    await button.focus();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('csto-2021-2021-10-18-to-2021-10-23.png');
    const png = readFileSync(await download.path());
    writeFileSync('test-results/export-png.png', png);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { width, height } = pngSize(png);
    expect(width).toBe(2 * cssWidth);
    // Title and date above the map, legend, source and credit below: taller than the map.
    expect(height).toBeGreaterThan(2 * cssHeight);
    // The middle of the map is a picture, not a blank or transparent WebGL read-back.
    const middle = { x: width / 4, y: height / 2 - 100, width: width / 2, height: 200 };
    expect(await distinctColours(page, png, middle)).toBeGreaterThan(50);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Downloaded' }).textContent())
      .toBe('Downloaded csto-2021-2021-10-18-to-2021-10-23.png');
    const origin = new URL(baseUrl()).origin;
    expect(
      requests.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
