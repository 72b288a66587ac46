import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_FILES, basemapStyle } from '../../src/map/basemap-style';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function sourceData(style: ReturnType<typeof basemapStyle>): unknown[] {
  return Object.values(style.sources).map((source) => ('data' in source ? source.data : undefined));
}

describe('a basemap handed its GeoJSON', () => {
  it('loads nothing when every file is given', () => {
    const geoData = Object.fromEntries(BASEMAP_FILES.map((file) => [file, EMPTY]));
    const style = basemapStyle({ geoBaseUrl: 'file:///nowhere/geo/', theme: 'light', geoData });
    expect(sourceData(style).every((data) => data === EMPTY)).toBe(true);
    expect(JSON.stringify(style)).not.toContain('nowhere');
  });

  it('still loads the files it is not given from geoBaseUrl', () => {
    const style = basemapStyle({
      geoBaseUrl: 'geo/',
      theme: 'light',
      geoData: { 'countries.geojson': EMPTY },
    });
    const urls = sourceData(style).filter((data) => typeof data === 'string');
    expect(urls).toHaveLength(BASEMAP_FILES.length - 1);
    expect(urls).not.toContain('geo/countries.geojson');
  });

  it('names one file per basemap source', () => {
    const style = basemapStyle({ geoBaseUrl: 'geo/', theme: 'light' });
    expect(BASEMAP_FILES).toHaveLength(Object.keys(style.sources).length);
  });
});
