// Cuts GeoJSON layers into Mapbox vector tiles (geojson-vt + vt-pbf) for a range of zooms.
import GeoJSONVT from 'geojson-vt';
import vtpbf from 'vt-pbf';

/** Tile extent in units: 4096 is the vector tile default, ~150 m at zoom 6. */
export const EXTENT = 4096;

const index = (features, maxZoom) =>
  new GeoJSONVT(
    { type: 'FeatureCollection', features },
    { maxZoom, indexMaxZoom: maxZoom, indexMaxPoints: 0, extent: EXTENT, buffer: 64, tolerance: 3 },
  );

/**
 * Tiles `layers` for zooms minZoom..maxZoom and calls `emit(z, x, y, pbf)` for every tile that
 * holds a feature, in z, x, y order (deterministic output). A layer is its features, or a
 * function of the zoom giving the features of that zoom's tiles (cities: more as zoom grows).
 */
export function cutTiles(layers, minZoom, maxZoom, emit) {
  const zooms = [];
  for (let z = minZoom; z <= maxZoom; z++) zooms.push(z);
  const fixed = Object.entries(layers).filter(([, v]) => typeof v !== 'function');
  const perZoom = Object.entries(layers).filter(([, v]) => typeof v === 'function');
  const indexes = fixed.map(([name, features]) => [name, index(features, maxZoom)]);
  const zoomIndexes = perZoom.map(([name, of]) => [
    name,
    new Map(zooms.map((z) => [z, index(of(z), z)])),
  ]);
  const keys = new Set();
  const collect = (idx, only) => {
    for (const { z, x, y } of idx.tileCoords) {
      if (z >= minZoom && (only === undefined || z === only)) keys.add(`${z}/${x}/${y}`);
    }
  };
  for (const [, idx] of indexes) collect(idx);
  for (const [, byZoom] of zoomIndexes) for (const [z, idx] of byZoom) collect(idx, z);
  const coords = [...keys]
    .map((key) => key.split('/').map(Number))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [z, x, y] of coords) {
    const tileLayers = {};
    const add = (name, idx) => {
      const tile = idx.getTile(z, x, y);
      if (tile && tile.features.length) tileLayers[name] = tile;
    };
    for (const [name, idx] of indexes) add(name, idx);
    for (const [name, byZoom] of zoomIndexes) add(name, byZoom.get(z));
    if (Object.keys(tileLayers).length === 0) continue;
    emit(z, x, y, Buffer.from(vtpbf.fromGeojsonVt(tileLayers, { version: 2, extent: EXTENT })));
  }
}
