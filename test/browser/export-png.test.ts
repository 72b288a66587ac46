/**
 * "Download PNG of this view" in Chromium: the built app makes a real PNG at twice the frame's
 * CSS width, with the map drawn in it. The image is saved to test-results/ to be looked at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/generate-story.mjs';
import { MANY_EVENTS } from '../../src/map/event-features';
import { baseUrl, openApp, waitForMap, startChromium } from './driver';

const enabled = baseUrl() !== '';
const browser = startChromium();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

type Box = { x: number; y: number; width: number; height: number };

/**
 * How many different colours a part of the PNG holds, and how many of its pixels are of a
 * strong colour (channels over 100 apart: the kinds' colours, never the grey basemap), decoded
 * by the browser itself.
 */
function colours(page: Page, png: Buffer, box: Box): Promise<{ distinct: number; strong: number }> {
  return page.evaluate(
    async ({ data, box }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) return { distinct: 0, strong: 0 };
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(box.x, box.y, box.width, box.height).data;
      const distinct = new Set<number>();
      let strong = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [red, green, blue] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
        distinct.add((red << 16) | (green << 8) | blue);
        if (Math.max(red, green, blue) - Math.min(red, green, blue) > 100) strong += 1;
      }
      return { distinct: distinct.size, strong };
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
    expect((await colours(page, png, middle)).distinct).toBeGreaterThan(50);
    // The marks in the window, in their kinds' colours, wherever the camera is by then (between
    // the title and the legend): the hidden map copies each event's feature state (in the
    // window or not), without which a small story's layers draw none (0 such pixels).
    const map = { x: 0, y: Math.round(height * 0.2), width, height: Math.round(height * 0.6) };
    expect((await colours(page, png, map)).strong).toBeGreaterThan(500);
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
  it('draws the marks of a story drawn on the GPU', async () => {
    const DIST = process.env.DATELINE_DIST ?? 'dist';
    const path = `test-stories/generated-${MANY_EVENTS + 1}.json`;
    mkdirSync(`${DIST}/test-stories`, { recursive: true });
    writeFileSync(`${DIST}/${path}`, JSON.stringify(generateStory(MANY_EVENTS + 1)));
    const { page, errors } = await openApp(browser(), `?story=${path}`);
    await waitForMap(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download PNG of this view' }).click(),
    ]);
    const png = readFileSync(await download.path());
    writeFileSync('test-results/export-png-gpu.png', png);
    const { width, height } = pngSize(png);
    // The middle of the map, away from the legend below it: the single marks' kind colours.
    const middle = { x: width / 4, y: height / 2 - 150, width: width / 2, height: 300 };
    expect((await colours(page, png, middle)).strong).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await page.close();
  });
});
