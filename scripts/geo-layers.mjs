// The basemap's layers as GeoJSON features, from one Natural Earth topology at one scale:
// countries (iso2), shared land borders (the two countries' codes, sorted), coastlines, label
// anchors. scripts/build-geo.mjs cuts them into vector tiles.
import {
  along,
  area,
  booleanPointInPolygon,
  centerOfMass,
  length,
  pointOnFeature,
} from '@turf/turf';
import countryCodes from 'i18n-iso-countries';
import { feature, mergeArcs, mesh, neighbors } from 'topojson-client';
import { FOLD_INTO, UNNUMBERED } from './geo-tables.mjs';

/** The alpha-2 code of a world-atlas country ('' for disputed units and unknown codes). */
function iso2Of(geometry) {
  if (geometry.id === undefined) return UNNUMBERED[geometry.properties?.name] ?? '';
  return countryCodes.numericToAlpha2(geometry.id) ?? '';
}

/** Folds units that the basemap shows as part of a country (Baikonur) into that country. */
export function foldUnits(topology) {
  let folded = topology.objects.countries.geometries;
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

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Country polygons with `{ iso2, name }`, in a fixed order. */
export function countryFeatures(topology) {
  return topology.objects.countries.geometries
    .map((g) => ({ g, code: `${iso2Of(g)}|${g.properties?.name ?? ''}` }))
    .sort(byCode)
    .flatMap(({ g }) => {
      const f = feature(topology, g);
      if (!f.geometry) return [];
      const properties = { iso2: iso2Of(g), name: g.properties?.name ?? '' };
      return [{ type: 'Feature', properties, geometry: f.geometry }];
    });
}

/** Coastlines: the arcs that belong to one country only. */
export function coastlineFeatures(topology) {
  const geometry = mesh(topology, topology.objects.countries, (a, b) => a === b);
  return [{ type: 'Feature', properties: {}, geometry }];
}

/**
 * One line per pair of neighbours, with their codes as `a` and `b` (a < b), so a style can pick
 * out any pair's shared border by filter. Pairs whose codes are equal or unknown share a line
 * with `a` or `b` empty.
 */
export function borderFeatures(topology) {
  const geometries = topology.objects.countries.geometries;
  const adjacency = neighbors(geometries);
  const out = [];
  geometries.forEach((gi, i) => {
    for (const j of adjacency[i]) {
      if (j <= i) continue;
      const gj = geometries[j];
      const collection = { type: 'GeometryCollection', geometries: [gi, gj] };
      const geometry = mesh(topology, collection, (x, y) => x !== y);
      if (!geometry.coordinates.length) continue;
      const [a, b] = [iso2Of(gi), iso2Of(gj)].sort();
      out.push({ type: 'Feature', properties: { a, b }, geometry });
    }
  });
  return out.sort((f, g) =>
    byCode(
      { code: `${f.properties.a}|${f.properties.b}` },
      { code: `${g.properties.a}|${g.properties.b}` },
    ),
  );
}

/** The longest part of a (Multi)LineString or (Multi)Polygon. */
function largestPart(geometry, measure) {
  if (geometry.type === 'LineString' || geometry.type === 'Polygon') return geometry;
  const type = geometry.type === 'MultiLineString' ? 'LineString' : 'Polygon';
  const parts = geometry.coordinates.map((coordinates) => ({ type, coordinates }));
  return parts.reduce((best, part) => (measure(part) > measure(best) ? part : best));
}

const round2 = ([x, y]) => [Math.round(x * 100) / 100, Math.round(y * 100) / 100];

/**
 * A label anchor per country, inside its largest polygon, with the zoom its name first shows at
 * (by the country's area: big countries first, as on printed world maps).
 */
export function countryLabelFeatures(countries) {
  return countries.flatMap(({ properties, geometry }) => {
    if (!properties.iso2) return [];
    const main = largestPart(geometry, (p) => area(p));
    let at = centerOfMass(main).geometry.coordinates;
    if (!booleanPointInPolygon(at, main)) at = pointOnFeature(main).geometry.coordinates;
    const km2 = area(geometry) / 1e6;
    const minzoom =
      km2 > 2_500_000 ? 1 : km2 > 600_000 ? 2 : km2 > 120_000 ? 3 : km2 > 20_000 ? 4 : 5;
    return [
      {
        type: 'Feature',
        properties: {
          iso2: properties.iso2,
          name: properties.name,
          minzoom,
          area: Math.round(km2),
        },
        geometry: { type: 'Point', coordinates: round2(at) },
      },
    ];
  });
}

/** A label anchor per border: halfway along the pair's longest stretch of shared border. */
export function borderLabelFeatures(borders) {
  return borders.flatMap(({ properties, geometry }) => {
    if (!properties.a || !properties.b) return [];
    const main = largestPart(geometry, (p) => length(p));
    const half = length(main) / 2;
    const at = half > 0 ? along(main, half).geometry.coordinates : main.coordinates[0];
    return [
      {
        type: 'Feature',
        properties: { ...properties },
        geometry: { type: 'Point', coordinates: round2(at) },
      },
    ];
  });
}
