import { describe, expect, it } from 'vitest';
import { labelWidth } from '../../src/timeline/label-width';

/**
 * Widths of tick labels as Chromium's canvas measured them in 12 px Noto Sans (the shipped Latin
 * face, @fontsource/noto-sans 5.3.0), with its kerning: the browser test label-width.test.ts
 * measures the face itself.
 */
const MEASURED: readonly (readonly [string, number])[] = [
  ['Aug 2021', 53.04],
  ['Sep', 20.74],
  ['Nov', 22.24],
  ['1 Aug 2021', 63.02],
  ['11 Aug', 39.31],
  ['Jul', 13.79],
  ['06:00', 30.67],
];

describe('labelWidth', () => {
  it('gives a label’s width within 0.3 px of the canvas’s, kerning left out', () => {
    for (const [label, width] of MEASURED)
      expect(Math.abs(labelWidth(label) - width)).toBeLessThan(0.3);
  });

  it('counts a character it has no width for as about a digit', () => {
    expect(labelWidth('окт')).toBeCloseTo(3 * 7.2, 5);
    expect(labelWidth('')).toBe(0);
  });
});
