// @vitest-environment node
import { createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { countryLabelSize, townMinZoom } from '../../src/map/basemap-label-rules';
import { BASEMAP_LAYER_IDS, basemapStyle } from '../../src/map/basemap-style';

const FOCUS = { focusCountries: ['TJ'], borders: [] };
const style = basemapStyle({ theme: 'light', focus: FOCUS });
const layer = (id: string) => {
  const found = style.layers.find((candidate) => candidate.id === id);
  if (!found || found.type !== 'symbol') throw new Error(`no symbol layer ${id}`);
  return found;
};
const ZOOMS = [0, 1, 2, 2.9, 3, 3.5, 3.99, 4, 5, 8];

// The still maps cannot run MapLibre's expressions: they read the same rules as numbers. These
// tests run the live map's own filter and sizes and hold the numbers to them.
describe('the still maps name what the live map names, in its sizes', () => {
  it('names a town from the zoom the live map does', () => {
    const { filter } = layer(BASEMAP_LAYER_IDS.cityLabels);
    const shown = featureFilter(filter, 'layers[0].filter');
    const towns = [
      { rank: 1, population: 700_000 },
      { rank: 1, population: 3_000_000 },
      { rank: 2, population: 1_400_000 },
      { rank: 2, population: 2_500_000 },
      { rank: 3, population: 12_000_000 },
      { rank: 3, population: 40_000 },
    ];
    for (const properties of towns) {
      const feature = { type: 1 as const, properties, geometry: [] };
      for (const zoom of ZOOMS) {
        const live = shown.filter({ zoom }, feature);
        const still = zoom >= townMinZoom(properties.rank === 1, properties.population);
        expect({ ...properties, zoom, still }).toEqual({ ...properties, zoom, still: live });
      }
    }
  });

  it('sizes a country’s name as the live map does at every zoom, a focus country a size up', () => {
    const size = layer(BASEMAP_LAYER_IDS.countryLabels).layout?.['text-size'];
    const expression = createExpression(size, 'text-size');
    if (expression.result !== 'success') throw new Error('the size does not parse');
    for (const iso2 of ['TJ', 'UZ']) {
      const feature = { type: 1 as const, properties: { iso2 }, geometry: [] };
      for (const zoom of ZOOMS) {
        const live: unknown = expression.value.evaluate({ zoom }, feature);
        expect(countryLabelSize(iso2 === 'TJ', zoom)).toBeCloseTo(Number(live), 6);
      }
    }
    expect(countryLabelSize(true, 4)).toBeGreaterThan(countryLabelSize(false, 4));
  });
});
