/**
 * Basemap data handed to the map instead of fetched from geo/: a page opened from file://
 * (the offline briefing) cannot fetch, so it carries its tiles and files and provides them here.
 */
import { createContext, useContext } from 'react';
import type { FeatureCollection } from 'geojson';

/** What a page carries: gzipped tiles by "z/x/y", and GeoJSON files by name ("world.geojson"). */
export interface BasemapGeoData {
  readonly tiles: ReadonlyMap<string, Uint8Array<ArrayBuffer>>;
  readonly files: Readonly<Record<string, FeatureCollection>>;
  /** The last zoom carried: the map stretches its tiles past it. */
  readonly maxZoom: number;
}

const BasemapDataContext = createContext<BasemapGeoData | undefined>(undefined);

/** Hands the map its basemap data; without it the map loads the files from geo/. */
export const BasemapDataProvider = BasemapDataContext.Provider;

/** The basemap data handed in, if any. */
export function useBasemapData(): BasemapGeoData | undefined {
  return useContext(BasemapDataContext);
}
