// The table of Noto Sans's advance widths the build lays the still timeline's labels out with
// (src/timeline/label-width.ts), against the shipped face as Chromium's canvas measures it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { labelWidth } from '../../src/timeline/label-width';
import { baseUrl, startChromium } from './driver';

const browser = startChromium();

describe.skipIf(baseUrl() === '')('the still timeline’s label widths', () => {
  it('are Noto Sans’s as the canvas measures it, for every printable ASCII character', async () => {
    const require = createRequire(import.meta.url);
    const face = readFileSync(
      require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'),
    ).toString('base64');
    const page = await browser().newPage();
    const characters = Array.from({ length: 0x7f - 0x20 }, (_, index) =>
      String.fromCharCode(0x20 + index),
    );
    const measured = await page.evaluate(
      async ([face, characters]) => {
        const font = new FontFace('Measured', `url(data:font/woff2;base64,${face})`);
        await font.load();
        document.fonts.add(font);
        const context = document.createElement('canvas').getContext('2d');
        if (!context) return [];
        context.font = '12px Measured';
        return characters.map((character) => context.measureText(character).width);
      },
      [face, characters] as const,
    );
    await page.close();
    expect(measured).toHaveLength(characters.length);
    characters.forEach((character, index) =>
      expect(Math.abs(labelWidth(character) - (measured[index] ?? NaN))).toBeLessThan(0.01),
    );
  });
});
