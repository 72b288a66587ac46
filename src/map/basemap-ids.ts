/** The basemap's one source: vector tiles built by `npm run geo` into public/geo/tiles/. */
export const BASEMAP_SOURCE_ID = 'basemap';

/** Layers inside each tile (scripts/build-geo.mjs writes them). */
export const TILE_LAYERS = {
  land: 'land',
  lakes: 'lakes',
  rivers: 'rivers',
  coastline: 'coastline',
  borders: 'borders',
  borderLabels: 'border-labels',
  countryLabels: 'country-labels',
  cities: 'cities',
} as const;

/** Layer ids of the basemap, bottom to top. */
export const BASEMAP_LAYER_IDS = {
  background: 'basemap-background',
  land: 'basemap-land',
  lakes: 'basemap-lakes',
  rivers: 'basemap-rivers',
  coastline: 'basemap-coastline',
  borders: 'basemap-borders',
  focusOutline: 'basemap-focus-outline',
  highlightCasing: 'basemap-highlight-casing',
  highlight: 'basemap-highlight',
  highlightLineLabel: 'basemap-highlight-line-label',
  cityDots: 'basemap-city-dots',
  cityLabels: 'basemap-city-labels',
  countryLabels: 'basemap-country-labels',
  highlightLabel: 'basemap-highlight-label',
} as const;

/** Story layers go below this one, so basemap labels stay readable above event marks. */
export const FIRST_LABEL_LAYER_ID = BASEMAP_LAYER_IDS.highlightLineLabel;
