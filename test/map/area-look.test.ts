import { describe, expect, it } from 'vitest';
import { AREA_LOOK, areaFillOpacity } from '../../src/map/area-look';

describe('areaFillOpacity', () => {
  it('gives each stop its own opacity', () => {
    for (const [km2, opacity] of AREA_LOOK.fillBySize) expect(areaFillOpacity(km2)).toBe(opacity);
  });

  it('is linear between stops, as MapLibre interpolates them', () => {
    expect(areaFillOpacity(51_000)).toBeCloseTo((0.16 + 0.09) / 2, 6);
    expect(areaFillOpacity(350_000)).toBeCloseTo((0.09 + 0.03) / 2, 6);
  });

  it('keeps the end stops’ opacities beyond them', () => {
    expect(areaFillOpacity(0)).toBe(0.16);
    expect(areaFillOpacity(17_000_000)).toBe(0.03);
  });
});
