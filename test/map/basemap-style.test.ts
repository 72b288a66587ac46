// @vitest-environment node
import { existsSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE, type BasemapPalette } from '../../src/map/basemap-palette';
import {
  BASEMAP_LAYER_IDS,
  FIRST_LABEL_LAYER_ID,
  MOSCOW,
  REGION_BOUNDS,
  basemapStyle,
} from '../../src/map/basemap-style';

const GEO_BASE = 'base/geo/';
const light = basemapStyle({ geoBaseUrl: GEO_BASE, theme: 'light' });
const dark = basemapStyle({ geoBaseUrl: GEO_BASE, theme: 'dark' });

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Each label colour and the fills it is drawn on. */
const TEXT_ON_FILL: [keyof BasemapPalette, (keyof BasemapPalette)[]][] = [
  ['placeText', ['land', 'tajikistan', 'afghanistan']],
  ['countryText', ['land']],
  ['focusCountryText', ['tajikistan', 'afghanistan']],
  ['panjText', ['land', 'tajikistan', 'afghanistan']],
  ['waterText', ['water']],
];

describe('basemapStyle', () => {
  it.each([
    ['light', light],
    ['dark', dark],
  ])('has no http(s) URL anywhere in the %s style', (_, style) => {
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//i);
  });

  it('asks for neither a glyph server nor a sprite', () => {
    expect(Object.keys(light)).not.toContain('glyphs');
    expect(Object.keys(light)).not.toContain('sprite');
  });

  it('gives every layer a source that the style defines', () => {
    const missing = light.layers.filter(
      (layer) => 'source' in layer && !(String(layer.source) in light.sources),
    );
    expect(missing.map((layer) => layer.id)).toEqual([]);
  });

  it('loads every source from a file under geoBaseUrl that public/geo holds', () => {
    const files = Object.values(light.sources).map((source) =>
      'data' in source ? String(source.data) : '',
    );
    const outside = files.filter(
      (url) =>
        !url.startsWith(GEO_BASE) ||
        !existsSync(new URL(`../../public/geo/${url.slice(GEO_BASE.length)}`, import.meta.url)),
    );
    expect(outside).toEqual([]);
  });

  it('builds the dark theme from the same layers in the same order', () => {
    expect(dark.layers.map((l) => l.id)).toEqual(light.layers.map((l) => l.id));
  });

  it('exports its layer ids, bottom to top', () => {
    expect(light.layers.map((l) => l.id)).toEqual(Object.values(BASEMAP_LAYER_IDS));
  });

  it('keeps every label layer at or above FIRST_LABEL_LAYER_ID', () => {
    const ids = light.layers.map((l) => l.id);
    const firstLabel = ids.indexOf(FIRST_LABEL_LAYER_ID);
    const symbolsBelow = light.layers.slice(0, firstLabel).filter((l) => l.type === 'symbol');
    expect(firstLabel).toBeGreaterThan(0);
    expect(symbolsBelow).toEqual([]);
  });

  it.each([
    ['light', light],
    ['dark', dark],
  ])('passes the MapLibre style validator (%s)', (_, style) => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it.each(
    [['light', LIGHT_PALETTE] as const, ['dark', DARK_PALETTE] as const].flatMap(
      ([theme, palette]) =>
        TEXT_ON_FILL.flatMap(([text, fills]) =>
          fills.map((fill) => [theme, text, fill, palette[text], palette[fill]] as const),
        ),
    ),
  )('%s: %s on %s meets WCAG AA (4.5:1)', (_, __, ___, text, fill) => {
    expect(contrast(text, fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('opens on a view that holds Dushanbe and Kabul', () => {
    const [[w, s], [e, n]] = REGION_BOUNDS;
    for (const [x, y] of [
      [68.78, 38.54],
      [69.17, 34.53],
    ]) {
      expect(x! > w && x! < e && y! > s && y! < n).toBe(true);
    }
  });

  it('puts MOSCOW at Moscow', () => {
    expect(MOSCOW[0]).toBeCloseTo(37.62, 1);
    expect(MOSCOW[1]).toBeCloseTo(55.75, 1);
  });
});
