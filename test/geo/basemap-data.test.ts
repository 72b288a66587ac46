// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';

// Reads the committed output of scripts/build-geo.mjs, as the app will serve it.
const GEO_DIR = new URL('../../public/geo/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, GEO_DIR), 'utf8');
const collection = (file: string): FeatureCollection => JSON.parse(read(file)) as FeatureCollection;

/** The frames the brief asks for: [west, south, east, north]. */
const REGION = [44, 24, 82, 50] as const;
const CONTEXT = [24, 20, 90, 62] as const;

const countries = collection('countries.geojson');
const places = collection('places.geojson');
const border = collection('tj-af-border.geojson');

function country(iso2: string): Feature<Polygon | MultiPolygon> {
  const found = countries.features.find((f) => f.properties?.iso2 === iso2);
  if (!found) throw new Error(`${iso2} missing from countries.geojson`);
  return found as Feature<Polygon | MultiPolygon>;
}

function place(name: string): Feature<Point> {
  const found = places.features.find((f) => f.properties?.name === name);
  if (!found) throw new Error(`${name} missing from places.geojson`);
  return found as Feature<Point>;
}

function positions(fc: FeatureCollection): Position[] {
  const out: Position[] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as Position);
    else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features)
    if (f.geometry.type !== 'GeometryCollection') visit(f.geometry.coordinates);
  return out;
}

const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;
const inFrame = ([x, y]: Position, [w, s, e, n]: readonly number[]): boolean =>
  x! >= w! && x! <= e! && y! >= s! && y! <= n!;

const geojsonFiles = readdirSync(GEO_DIR).filter((f) => f.endsWith('.geojson'));

describe('public/geo basemap data', () => {
  it.each(geojsonFiles)('%s is a FeatureCollection of features with geometry', (file) => {
    const fc = collection(file);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    expect(fc.features.every((f) => f.type === 'Feature' && f.geometry != null)).toBe(true);
  });

  it('marks Tajikistan and Afghanistan, and only them, as focus countries', () => {
    const focus = countries.features.filter((f) => f.properties?.focus === true);
    expect(focus.map((f) => [f.properties?.id, f.properties?.iso2]).sort()).toEqual([
      ['004', 'AF'],
      ['762', 'TJ'],
    ]);
  });

  it('gives every country an id, an alpha-2 code (empty only where disputed) and a name', () => {
    for (const f of countries.features) {
      expect(f.properties).toEqual({
        id: expect.any(String),
        iso2: expect.stringMatching(/^([A-Z]{2})?$/),
        name: expect.any(String),
        focus: expect.any(Boolean),
      });
    }
  });

  it('draws the Tajik–Afghan border within 1 km of both countries along its length', () => {
    const line = border.features.find((f) => f.properties?.role === 'border');
    expect(line?.geometry.type).toBe('LineString');
    const all = positions({ type: 'FeatureCollection', features: [line!] });
    // Every 5th vertex and both ends: the full check takes seconds for no extra confidence.
    const sample = all.filter((_, i) => i % 5 === 0 || i === all.length - 1);
    const far = sample.filter(
      (p) =>
        pointToPolygonDistance(p, country('TJ'), { units: 'kilometers' }) > 1 ||
        pointToPolygonDistance(p, country('AF'), { units: 'kilometers' }) > 1,
    );
    expect(far).toEqual([]);
  });

  it('labels the border line as the Panj', () => {
    const line = border.features.find((f) => f.properties?.role === 'border');
    expect(line?.properties).toMatchObject({
      name: 'Panj (Amu Darya)',
      label: 'Tajik–Afghan border (Panj river)',
    });
  });

  it.each([
    ['countries.geojson', REGION, 3],
    ['tj-af-border.geojson', REGION, 4],
    ['world-context.geojson', CONTEXT, 2],
    ['borders.geojson', CONTEXT, 3],
    ['water.geojson', CONTEXT, 2],
    ['places.geojson', CONTEXT, 3],
    ['labels.geojson', CONTEXT, 2],
  ] as const)('keeps %s inside its frame, rounded', (file, frame, digits) => {
    const all = positions(collection(file));
    expect(all.filter((p) => !inFrame(p, frame))).toEqual([]);
    expect(all.filter(([x, y]) => decimals(x!) > digits || decimals(y!) > digits)).toEqual([]);
  });

  it('puts Dushanbe inside Tajikistan', () => {
    expect(booleanPointInPolygon(place('Dushanbe'), country('TJ'))).toBe(true);
  });

  it('puts Kabul inside Afghanistan', () => {
    expect(booleanPointInPolygon(place('Kabul'), country('AF'))).toBe(true);
  });

  it('includes Moscow as a capital', () => {
    expect(place('Moscow').properties).toMatchObject({ country: 'RU', rank: 1 });
  });

  it('names places in plain English spellings (Bokhtar, not Qŭrghonteppa)', () => {
    const names = places.features.map((f) => String(f.properties?.name));
    expect(names).toContain('Bokhtar');
    expect(names.filter((n) => !/^[A-Za-z' -]+$/.test(n))).toEqual([]);
  });

  it('places each hand-set country label inside that country', () => {
    const context = collection('world-context.geojson');
    const outside = collection('labels.geojson')
      .features.filter((f) => f.properties?.kind === 'country')
      .filter((label) => {
        const shapes = [...countries.features, ...context.features].filter(
          (c) => c.properties?.iso2 === label.properties?.iso2,
        ) as Feature<Polygon | MultiPolygon>[];
        return !shapes.some((c) => booleanPointInPolygon(label as Feature<Point>, c));
      })
      .map((f) => f.properties?.name);
    expect(outside).toEqual([]);
  });

  it('stays under 400 KB gzipped in total', () => {
    const total = readdirSync(GEO_DIR).reduce(
      (sum, file) => sum + gzipSync(readFileSync(new URL(file, GEO_DIR))).length,
      0,
    );
    expect(total).toBeLessThan(400 * 1024);
  });
});
