import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_SOURCE_IDS } from './basemap-ids';
import { basemapLayers } from './basemap-layers';
import { DARK_PALETTE, LIGHT_PALETTE } from './basemap-palette';

export { BASEMAP_LAYER_IDS, BASEMAP_SOURCE_IDS, FIRST_LABEL_LAYER_ID } from './basemap-ids';

/** Basemap colour scheme. */
export type BasemapTheme = 'light' | 'dark';

export interface BasemapStyleOptions {
  /** Where public/geo/ is served from, ending in a slash, e.g. `${import.meta.env.BASE_URL}geo/`. */
  geoBaseUrl: string;
  theme: BasemapTheme;
  /**
   * GeoJSON already in hand, by file name ("countries.geojson"), used instead of loading that
   * file from geoBaseUrl: a page opened from file:// (the offline briefing) cannot fetch.
   */
  geoData?: Readonly<Record<string, FeatureCollection | undefined>>;
}

/** Opening view: Tajikistan and Afghanistan with a margin of their neighbours. [[west, south], [east, north]] */
export const REGION_BOUNDS: [[number, number], [number, number]] = [
  [59.5, 29.0],
  [76.0, 42.0],
];

/** Moscow (Kremlin), for the inset. [lon, lat] */
export const MOSCOW: [number, number] = [37.6176, 55.7558];

/** Source id, file in public/geo/ and credit line of each source (see public/geo/ATTRIBUTION.md). */
const SOURCE_FILES: ReadonlyArray<[id: string, file: string, credit?: string]> = [
  [BASEMAP_SOURCE_IDS.context, 'world-context.geojson'],
  [BASEMAP_SOURCE_IDS.countries, 'countries.geojson', 'Natural Earth'],
  [BASEMAP_SOURCE_IDS.borders, 'borders.geojson'],
  [BASEMAP_SOURCE_IDS.tjAfBorder, 'tj-af-border.geojson'],
  [BASEMAP_SOURCE_IDS.water, 'water.geojson'],
  [BASEMAP_SOURCE_IDS.places, 'places.geojson', 'GeoNames (CC BY 4.0)'],
  [BASEMAP_SOURCE_IDS.labels, 'labels.geojson'],
];

/** The basemap's files in public/geo/, one per source. */
export const BASEMAP_FILES: readonly string[] = SOURCE_FILES.map(([, file]) => file);

/** The offline basemap: local GeoJSON only, no glyph server, no sprite, no tiles. */
export function basemapStyle({
  geoBaseUrl,
  theme,
  geoData,
}: BasemapStyleOptions): StyleSpecification {
  const palette = theme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
  const sources: StyleSpecification['sources'] = {};
  for (const [id, file, credit] of SOURCE_FILES) {
    const data = geoData?.[file] ?? `${geoBaseUrl}${file}`;
    sources[id] = credit
      ? { type: 'geojson', data, attribution: credit }
      : { type: 'geojson', data };
  }
  return {
    version: 8,
    name: `Dateline basemap (${theme})`,
    sources,
    layers: basemapLayers(palette),
  };
}
