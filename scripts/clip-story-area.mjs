// Clips the areas of a story's events to one country as the basemap draws it, so an area that
// the story means to lie inside that country never crosses the basemap's border (a hand-drawn
// area that overhangs the border by a few km reads as the border drawn twice). The country is
// cut from the same Natural Earth scales and tolerances as the tiles (1:50m for zooms 3–4,
// 1:10m from zoom 5: see scripts/build-geo.mjs), and the area keeps only what lies inside both.
//
//   node scripts/clip-story-area.mjs public/stories/csto-2021.json AF twenty-years-war taliban-advance
//
// Rewrites only those geometries in the story file, in place, one point a line as the file writes
// them (coordinates to 4 decimals); the rest of the file is left as its author wrote it.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { area as areaOf, featureCollection, intersect, polygon } from '@turf/turf';
import { polygonGeometry, simplifyTopology } from './geo-geometry.mjs';
import { countryFeatures, foldUnits } from './geo-layers.mjs';

const require = createRequire(import.meta.url);

/** The scales the tiles draw at the zooms where a story's area is seen, with their tolerances. */
const SCALES = [
  ['world-atlas/countries-50m.json', 0.01],
  ['world-atlas/countries-10m.json', 0.002],
];

function basemapCountry(iso2) {
  return SCALES.map(([file, tolerance]) => {
    const countries = countryFeatures(foldUnits(simplifyTopology(require(file), tolerance)));
    const country = countries.find((f) => f.properties.iso2 === iso2);
    if (!country) throw new Error(`${iso2} is not a country of ${file}`);
    return country;
  });
}

/** Where the 1:50m and 1:10m borders cross each other they leave slivers of a few km²: drop
 * every part under 1 % of the largest. */
function withoutSlivers(geometry) {
  if (geometry.type === 'Polygon') return geometry;
  const sized = geometry.coordinates.map((rings) => [rings, areaOf(polygon(rings))]);
  const largest = Math.max(...sized.map(([, size]) => size));
  const kept = sized.filter(([, size]) => size >= largest / 100).map(([rings]) => rings);
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0] }
    : { type: 'MultiPolygon', coordinates: kept };
}

/** The geometry as the story file writes it: each point on its own line at `indent`. */
function geometryText(geometry, indent) {
  const pad = (depth) => ' '.repeat(indent + 2 * depth);
  const nest = (value, depth) =>
    typeof value[0] === 'number'
      ? `[${value.join(', ')}]`
      : `[\n${value.map((v) => pad(depth + 1) + nest(v, depth + 1)).join(',\n')}\n${pad(depth)}]`;
  return `{\n${pad(1)}"type": "${geometry.type}",\n${pad(1)}"coordinates": ${nest(geometry.coordinates, 1)}\n${pad(0)}}`;
}

/** Replaces the text of the geometry of event `id`, found by matching its braces. */
function replaceGeometry(source, id, geometry) {
  const eventAt = source.indexOf(`"id": ${JSON.stringify(id)}`);
  const key = source.indexOf('"geometry": {', eventAt);
  if (eventAt < 0 || key < 0) throw new Error(`${id}: geometry not found in the file`);
  const open = source.indexOf('{', key);
  let depth = 0;
  let close = open;
  for (; close < source.length; close += 1) {
    if (source[close] === '{') depth += 1;
    if (source[close] === '}') depth -= 1;
    if (depth === 0) break;
  }
  const indent = key - source.lastIndexOf('\n', key) - 1;
  return source.slice(0, open) + geometryText(geometry, indent) + source.slice(close + 1);
}

const [storyPath, iso2, ...eventIds] = process.argv.slice(2);
if (!storyPath || !iso2 || eventIds.length === 0) {
  console.error('usage: clip-story-area.mjs <story.json> <ISO2> <event-id>…');
  process.exit(2);
}
let text = await readFile(storyPath, 'utf8');
const story = JSON.parse(text);
const shapes = basemapCountry(iso2);
for (const id of eventIds) {
  const event = story.events.find((e) => e.id === id);
  const geometry = event?.place?.geometry;
  if (!geometry || geometry.type !== 'Polygon') throw new Error(`${id}: no Polygon to clip`);
  let area = polygon(geometry.coordinates);
  for (const shape of shapes) {
    const inside = intersect(featureCollection([area, shape]));
    if (!inside) throw new Error(`${id}: nothing of it lies inside ${iso2}`);
    area = inside;
  }
  const clipped = polygonGeometry(withoutSlivers(area.geometry), 4);
  if (!clipped) throw new Error(`${id}: the clipped area is empty`);
  text = replaceGeometry(text, id, clipped);
  const parts = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
  console.log(`${id}: ${clipped.type}, ${parts.flat(1).flat(1).length} vertices`);
}
await writeFile(storyPath, text);
