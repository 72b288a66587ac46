/**
 * The default story against its format, its article and the map: every invariant holds, the
 * dates the article gives are the dates shown, and every point lies in the country it names.
 * The raw article, as received, is kept in test/fixtures.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseStoryText } from '../../src/story/parse-story';
import type { Story } from '../../src/story/story';
import { formatEventTime } from '../../src/time/format-date';

const text = readFileSync('public/stories/csto-2021.json', 'utf8');
const seed = readFileSync('test/fixtures/csto-2021-article.raw.txt', 'utf8');
const result = parseStoryText(text);

function story(): Story {
  if (!result.ok)
    throw new Error(`the shipped story does not load: ${JSON.stringify(result.problems)}`);
  return result.story;
}

function readCountries(path: string): Feature<Polygon | MultiPolygon, { iso2: string }>[] {
  const data: FeatureCollection<Polygon | MultiPolygon, { iso2: string; kind: string }> =
    JSON.parse(readFileSync(path, 'utf8'));
  return data.features.filter((f) => f.properties.kind === 'country');
}

/** The basemap's world countries (1:50m, simplified): the handout draws them. */
const countries = readCountries('public/geo/world.geojson');

function countryPolygons(iso2: string) {
  return countries.filter((f) => f.properties.iso2 === iso2);
}

function when(id: string): string {
  const event = story().events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return formatEventTime(event.time);
}

describe('the shipped CSTO story', () => {
  it('loads with no problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('keeps the article words exactly: every paragraph of the cleaned text is in the seed', () => {
    const paragraphs = story().sources[0]?.text.split('\n\n') ?? [];
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) expect(seed).toContain(paragraph);
  });

  it('drops the page furniture from the article', () => {
    const article = story().sources[0]?.text ?? '';
    expect(article).not.toMatch(/Advertisment|Most Popular|Recent Comments|HomeInternational/);
  });

  it('dates the exercises to the six days from Monday 18 October 2021', () => {
    expect(when('csto-exercises')).toBe('18–23 October 2021');
  });

  it('resolves "on Tuesday" to 19 October 2021', () => {
    expect(when('extended-troika-talks')).toBe('19 October 2021');
  });

  it('keeps "in March" a month', () => {
    expect(when('moscow-conference-march')).toBe('March 2021');
  });

  it('keeps "this week" approximate', () => {
    expect(when('taliban-delegation-moscow')).toMatch(/^about /);
  });

  it('places every point inside the country it names', () => {
    const misplaced: string[] = [];
    for (const event of story().events) {
      if (!event.place?.country) continue;
      const { geometry, country } = event.place;
      const polygons = countryPolygons(country);
      if (polygons.length === 0) {
        misplaced.push(`${event.id}: no polygon for ${country}`);
        continue;
      }
      const points =
        geometry.type === 'Point'
          ? [geometry.coordinates]
          : geometry.type === 'MultiPoint'
            ? geometry.coordinates
            : [];
      for (const point of points) {
        const inside = polygons.some((polygon) =>
          booleanPointInPolygon([point[0], point[1]], polygon),
        );
        if (!inside) misplaced.push(`${event.id} ${point.join(',')} not in ${country}`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('gives every outside fact its own source', () => {
    for (const event of story().events) {
      for (const fact of event.context) {
        expect(
          fact.source.url ?? fact.source.citation,
          `${event.id}: ${fact.text.slice(0, 40)}`,
        ).toBeTruthy();
      }
    }
  });
});
