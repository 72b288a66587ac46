/**
 * Basemap GeoJSON handed to the map instead of fetched from geo/: a page opened from file://
 * (the offline briefing) cannot fetch, so it carries the files and provides them here.
 */
import { createContext, useContext } from 'react';
import type { FeatureCollection } from 'geojson';

/** GeoJSON by basemap file name ("countries.geojson"). */
export type BasemapGeoData = Readonly<Record<string, FeatureCollection>>;

const BasemapDataContext = createContext<BasemapGeoData | undefined>(undefined);

/** Hands the map its basemap data; without it the map loads the files from geo/. */
export const BasemapDataProvider = BasemapDataContext.Provider;

/** The basemap data handed in, if any. */
export function useBasemapData(): BasemapGeoData | undefined {
  return useContext(BasemapDataContext);
}
