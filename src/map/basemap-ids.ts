/** Sources of the basemap, one GeoJSON file each in public/geo/. */
export const BASEMAP_SOURCE_IDS = {
  context: 'basemap-world-context',
  countries: 'basemap-countries',
  borders: 'basemap-borders',
  tjAfBorder: 'basemap-tj-af-border',
  water: 'basemap-water',
  places: 'basemap-places',
  labels: 'basemap-labels',
} as const;

/** Layer ids of the basemap, bottom to top. */
export const BASEMAP_LAYER_IDS = {
  background: 'basemap-background',
  contextLand: 'basemap-context-land',
  contextBorders: 'basemap-context-borders',
  countries: 'basemap-countries-fill',
  focusFill: 'basemap-focus-fill',
  lakes: 'basemap-lakes',
  rivers: 'basemap-rivers',
  borders: 'basemap-borders',
  focusOutline: 'basemap-focus-outline',
  panjCasing: 'basemap-panj-casing',
  panj: 'basemap-panj',
  panjLabel: 'basemap-panj-label',
  waterLabels: 'basemap-water-labels',
  countryLabels: 'basemap-country-labels',
  placeDots: 'basemap-place-dots',
  placeLabels: 'basemap-place-labels',
  panjCallout: 'basemap-panj-callout',
} as const;

/** Story layers go below this one, so basemap labels stay readable above event marks. */
export const FIRST_LABEL_LAYER_ID = BASEMAP_LAYER_IDS.panjLabel;
