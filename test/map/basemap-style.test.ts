// @vitest-environment node
import { readFileSync } from 'node:fs';
import { Color, createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE, type BasemapPalette } from '../../src/map/basemap-palette';
import { MAX_TILE_ZOOM, parseTileIndex } from '../../src/geo/tile-index';
import {
  BASEMAP_LAYER_IDS,
  FIRST_LABEL_LAYER_ID,
  basemapStyle,
  waitingStyle,
} from '../../src/map/basemap-style';

const FOCUS = {
  focusCountries: ['TJ', 'AF'],
  borders: [{ countries: ['TJ', 'AF'] as [string, string], label: 'Panj' }],
};
const light = basemapStyle({ theme: 'light', focus: FOCUS });
const dark = basemapStyle({ theme: 'dark', focus: FOCUS });
const plain = basemapStyle({ theme: 'light' });

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
const fills = (p: BasemapPalette, withFocus: boolean) => [
  p.land,
  ...(withFocus ? p.focusTints : []),
];
const TEXT_ON_FILL: [keyof BasemapPalette, boolean][] = [
  ['placeText', true],
  ['countryText', false],
  ['highlightText', true],
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

  it('reads tiles only through its own protocol, no further than the tiles built', () => {
    const sources = Object.values(light.sources);
    expect(sources).toEqual([
      expect.objectContaining({ type: 'vector', tiles: ['dateline-geo://{z}/{x}/{y}'] }),
    ]);
    const index: unknown = JSON.parse(
      readFileSync(new URL('../../public/geo/tiles/index.json', import.meta.url), 'utf8'),
    );
    expect(parseTileIndex(index).has(`${MAX_TILE_ZOOM}/43/24`)).toBe(true);
    expect(sources[0]).toEqual(expect.objectContaining({ maxzoom: MAX_TILE_ZOOM }));
  });

  it('names no country in its layers unless the story asks', () => {
    expect(JSON.stringify(plain.layers)).not.toMatch(/"TJ"|"AF"/);
    expect(JSON.stringify(light.layers)).toMatch(/"TJ"/);
  });

  it('paints all the land in one layer: each focus country its tint, every other the land', () => {
    const land = light.layers.find((layer) => layer.id === BASEMAP_LAYER_IDS.land);
    const color = land?.type === 'fill' ? land.paint?.['fill-color'] : undefined;
    const expression = createExpression(color, 'layers[1].paint.fill-color');
    if (expression.result !== 'success') throw new Error('the land colour does not parse');
    // The same colour whether the expression hands back a Color or the string it was given.
    const css = (value: unknown) =>
      (value instanceof Color ? value : Color.parse(String(value)))?.toString();
    const colourOf = (iso2: string) => {
      const feature = { type: 'Polygon' as const, properties: { iso2 } };
      const value: unknown = expression.value.evaluate({ zoom: 4 }, feature);
      return css(value);
    };
    expect(colourOf('TJ')).toBe(css(LIGHT_PALETTE.focusTints[0]!));
    expect(colourOf('AF')).toBe(css(LIGHT_PALETTE.focusTints[1]!));
    expect(colourOf('UZ')).toBe(css(LIGHT_PALETTE.land));
    expect(
      light.layers.filter(
        (layer) =>
          'source-layer' in layer && layer['source-layer'] === 'land' && layer.type === 'fill',
      ),
    ).toHaveLength(1);
  });

  it('picks out a highlighted border by its two codes in either order', () => {
    const swapped = basemapStyle({
      theme: 'light',
      focus: { focusCountries: [], borders: [{ countries: ['TJ', 'AF'] }] },
    });
    expect(JSON.stringify(swapped.layers)).toContain('"AF|TJ"');
    expect(JSON.stringify(swapped.layers)).not.toContain('"TJ|AF"');
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
    ['plain', plain],
  ])('passes the MapLibre style validator (%s)', (_, style) => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it.each(
    [['light', LIGHT_PALETTE] as const, ['dark', DARK_PALETTE] as const].flatMap(
      ([theme, palette]) =>
        TEXT_ON_FILL.flatMap(([text, withFocus]) =>
          fills(palette, withFocus).map(
            (fill) => [theme, text, fill, String(palette[text]), fill] as const,
          ),
        ),
    ),
  )('%s: %s on %s meets WCAG AA (4.5:1)', (_, __, ___, text, fill) => {
    expect(contrast(text, fill)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([['light', LIGHT_PALETTE] as const, ['dark', DARK_PALETTE] as const])(
    'waits for a story with the %s sea alone, fetching no tiles',
    (theme, palette) => {
      const style = waitingStyle(theme);
      expect(validateStyleMin(style)).toEqual([]);
      expect(style.sources).toEqual({});
      expect(style.layers).toEqual([
        {
          id: 'basemap-background',
          type: 'background',
          paint: { 'background-color': palette.water },
        },
      ]);
    },
  );
});
