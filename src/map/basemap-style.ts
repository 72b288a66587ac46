import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_SOURCE_ID } from './basemap-ids';
import { NO_FOCUS, type BasemapFocus } from './basemap-expressions';
import { backgroundLayer, basemapLayers } from './basemap-layers';
import { paletteFor } from './basemap-palette';
import { BASEMAP_TILE_URL, MAX_TILE_ZOOM } from './basemap-tiles';

export { BASEMAP_LAYER_IDS, BASEMAP_SOURCE_ID, FIRST_LABEL_LAYER_ID } from './basemap-ids';
export { NO_FOCUS, type BasemapFocus } from './basemap-expressions';

/** Basemap colour scheme. */
export type BasemapTheme = 'light' | 'dark';

export interface BasemapStyleOptions {
  theme: BasemapTheme;
  /** The countries and borders the story sets apart; none by default. */
  focus?: BasemapFocus;
  /** The last zoom with tiles (fewer in an offline briefing); the map stretches them past it. */
  maxTileZoom?: number;
}

/**
 * The offline world basemap: vector tiles from the page's own origin (or carried inside an
 * offline briefing), read through the `dateline-geo:` protocol (basemap-tiles.ts); no glyph
 * server, no sprite.
 */
export function basemapStyle({
  theme,
  focus = NO_FOCUS,
  maxTileZoom = MAX_TILE_ZOOM,
}: BasemapStyleOptions): StyleSpecification {
  const palette = paletteFor(theme);
  return {
    version: 8,
    name: `Dateline basemap (${theme})`,
    sources: {
      [BASEMAP_SOURCE_ID]: {
        type: 'vector',
        tiles: [BASEMAP_TILE_URL],
        minzoom: 0,
        // Past the last zoom the map stretches its tiles: 1:10m data holds no more detail.
        // The credits are the map's own attribution line (MAP_ATTRIBUTION), with links.
        maxzoom: maxTileZoom,
      },
    },
    layers: basemapLayers(palette, focus),
  };
}

/**
 * The map before its story has arrived: the sea and nothing else. A basemap drawn then is the
 * whole world at the opening zoom, which the story's frame replaces at once: in software GL its
 * tiles and frames (4 of the 9 a 20-event story drew before it was ready, ~100 ms each) took
 * turns with the story's own loading, for a view no reader keeps.
 */
export function waitingStyle(theme: BasemapTheme): StyleSpecification {
  return {
    version: 8,
    name: `Dateline basemap (${theme}, waiting)`,
    sources: {},
    layers: [backgroundLayer(paletteFor(theme))],
  };
}
