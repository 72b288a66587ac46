// @vitest-environment node
/**
 * The CSTO story's country-wide Afghanistan events are drawn as an area that stops at the Panj:
 * an outline that crossed into Tajikistan by kilometres read as the border drawn twice. Checked
 * on the shape the map draws (the uncertainty area), against Natural Earth 10m, the data of the
 * basemap's closest zooms.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { area, difference, feature as asFeature, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { uncertaintyArea } from '../../src/geo/uncertainty-shapes';
import { parseStoryText } from '../../src/story/parse-story';

const require = createRequire(import.meta.url);
const KM2 = 1e6;

function country(numeric: string): Feature<Polygon | MultiPolygon> {
  const topology: Topology = require('world-atlas/countries-10m.json');
  const countries = topology.objects['countries'];
  if (countries?.type !== 'GeometryCollection') throw new Error('world-atlas has no countries');
  const found = countries.geometries.find((g) => g.id === numeric);
  const made = found && feature(topology, found);
  const shape = made && 'geometry' in made ? made.geometry : undefined;
  if (shape?.type !== 'Polygon' && shape?.type !== 'MultiPolygon')
    throw new Error(`no country ${numeric} in Natural Earth 10m`);
  return asFeature(shape);
}

const afghanistan = country('004');
const tajikistan = country('762');

function drawnAfghanistanAreas(): [string, Feature<Polygon | MultiPolygon>][] {
  const result = parseStoryText(readFileSync('public/stories/csto-2021.json', 'utf8'));
  if (!result.ok) throw new Error('the shipped story does not load');
  return result.story.events.flatMap((event) => {
    const place = event.place;
    if (place?.name !== 'Afghanistan') return [];
    const shape = uncertaintyArea(place);
    return shape ? [[event.id, asFeature(shape)] as [string, Feature<Polygon | MultiPolygon>]] : [];
  });
}

/** The area, in km², that `a` and `b` share. */
function sharedKm2(a: Feature<Polygon | MultiPolygon>, b: Feature<Polygon | MultiPolygon>): number {
  const overlap = intersect(featureCollection([a, b]));
  return overlap ? area(overlap) / KM2 : 0;
}

describe('the CSTO story’s Afghanistan area', () => {
  const areas = drawnAfghanistanAreas();

  it('has the two country-wide events (the war, the Taliban advance)', () => {
    expect(areas.map(([id]) => id).sort()).toEqual(['taliban-advance', 'twenty-years-war']);
  });

  // Before the clip the drawn area held 43,000 km² of Tajikistan (the outline widened by 5 km
  // and, being complex, drawn from its hull). Along the ~1,300 km border the basemap's simplified
  // line may stray from Natural Earth's full line by ~0.2 km, so a few dozen km² remain.
  it.each(areas)('%s: shares almost nothing with Tajikistan (under 100 km²)', (_, shape) => {
    expect(sharedKm2(shape, tajikistan)).toBeLessThan(100);
  });

  it.each(areas)('%s: still covers Afghanistan (at least 98 % of it)', (_, shape) => {
    const missing = difference(featureCollection([afghanistan, shape]));
    expect(missing ? area(missing) / area(afghanistan) : 0).toBeLessThan(0.02);
  });

  it.each(areas)('%s: holds almost nothing outside Afghanistan (under 0.5 %)', (_, shape) => {
    const outside = difference(featureCollection([shape, afghanistan]));
    expect(outside ? area(outside) / KM2 : 0).toBeLessThan((0.005 * area(afghanistan)) / KM2);
  });
});
