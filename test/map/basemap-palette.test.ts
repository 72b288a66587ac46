// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../src/map/basemap-palette';
import { contrastRatio } from '../../src/story/kind-colour';

const THEMES = [
  ['light', LIGHT_PALETTE],
  ['dark', DARK_PALETTE],
] as const;

describe('basemap palette: borders', () => {
  it.each(THEMES)('%s: a country border stands 3:1 from the land', (_, palette) => {
    expect(contrastRatio(palette.border, palette.land)).toBeGreaterThanOrEqual(3);
  });

  it.each(THEMES)('%s: a country border stands 3:1 from every focus tint', (_, palette) => {
    const weakest = Math.min(
      ...palette.focusTints.map((tint) => contrastRatio(palette.border, tint)),
    );
    expect(weakest).toBeGreaterThanOrEqual(3);
  });

  it.each(THEMES)('%s: a focus outline stands out more than a plain border', (_, palette) => {
    expect(contrastRatio(palette.focusOutline, palette.land)).toBeGreaterThan(
      1.4 * contrastRatio(palette.border, palette.land),
    );
  });

  it.each(THEMES)('%s: the story’s highlighted border stands out most', (_, palette) => {
    expect(contrastRatio(palette.highlight, palette.land)).toBeGreaterThan(
      contrastRatio(palette.focusOutline, palette.land),
    );
  });
});
