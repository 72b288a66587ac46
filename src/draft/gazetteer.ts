/**
 * The draft's offline gazetteer: countries (names, demonyms, an interior point and a radius that
 * covers the country), regions, shared borders as lines, and GeoNames towns of 15,000 people or
 * more. The data comes from scripts/build-gazetteer.mjs and is checked here, at the boundary.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import '../story/zod-jitless';
import { z } from 'zod';

const num = z.number();
const countryRow = z.tuple([
  z.string().length(2),
  z.array(z.string()),
  num,
  num,
  num,
  z.array(z.string()),
]);
const regionRow = z.tuple([z.string(), num, num, num]);
const names = z.array(z.string());
/** [name, lon, lat, country, radius km, names read anywhere, names read only in context]. */
const adminRow = z.tuple([z.string(), num, num, z.string().length(2), num, names, names]);
const borderRow = z.tuple([
  z.string().length(2),
  z.string().length(2),
  z.array(z.array(z.tuple([num, num]))),
]);
const ring = z.array(z.tuple([num, num])).min(4);
/** A country's outline: MultiPolygon coordinates (Natural Earth 1:110m). */
const shapeRow = z.tuple([z.string().length(2), z.array(z.array(ring).min(1)).min(1)]);
type CityRow = [string, number, number, string, number, string, string[]];
const strings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');
// 26,000 rows: a plain check, since a zod tuple per row costs most of a second.
function isCityRow(v: unknown): v is CityRow {
  return (
    Array.isArray(v) &&
    v.length === 7 &&
    typeof v[0] === 'string' &&
    typeof v[1] === 'number' &&
    typeof v[2] === 'number' &&
    typeof v[3] === 'string' &&
    typeof v[4] === 'number' &&
    typeof v[5] === 'string' &&
    strings(v[6])
  );
}
const dataSchema = z.object({
  attribution: z.string(),
  countries: z.array(countryRow),
  regions: z.array(regionRow),
  admin: z.array(adminRow),
  borders: z.array(borderRow),
  shapes: z.array(shapeRow),
  cities: z.array(z.unknown()),
});

export interface Country {
  readonly kind: 'country';
  readonly code: string;
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  readonly radiusKm: number;
}

export interface Region {
  readonly kind: 'region';
  readonly name: string;
  /** A state or province has one; a continent or sea does not. */
  readonly country?: string;
  readonly lon: number;
  readonly lat: number;
  readonly radiusKm: number;
  /**
   * Names (as `nameKey` writes them) that are this region's only where the article names its
   * country or calls the place a region: "Zabul" for Zabul Province, "Kherson" for Kherson
   * Oblast, whose city is more often meant.
   */
  readonly contextNames?: ReadonlySet<string>;
}

export interface Town {
  readonly kind: 'town';
  readonly name: string;
  readonly country: string;
  readonly lon: number;
  readonly lat: number;
  readonly population: number;
  readonly capital: boolean;
  /** Found by one of its other names, not its main one. */
  readonly alternate: boolean;
}

export type Entry = Country | Region | Town;

export interface Gazetteer {
  readonly attribution: string;
  readonly countries: ReadonlyMap<string, Country>;
  /** Lower-cased name → every entry with that name. */
  readonly names: ReadonlyMap<string, readonly Entry[]>;
  /** Lower-cased demonym or adjective ("tajik") → country code. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** "AF-TJ" (codes sorted) → the shared border's lines. */
  readonly borders: ReadonlyMap<string, readonly (readonly [number, number])[][]>;
  /** Country code → its outline, MultiPolygon coordinates; absent for the smallest countries. */
  readonly shapes: ReadonlyMap<string, readonly (readonly (readonly [number, number])[][])[]>;
}

/** Lower case, no leading "the", one kind of apostrophe and space. Runs 150,000 times at load: kept cheap. */
export function nameKey(name: string): string {
  let key = name.toLowerCase();
  if (key.startsWith('the ')) key = key.slice(4);
  if (key.includes('’')) key = key.replaceAll('’', "'");
  if (/\s\s|[^\S ]/.test(key)) key = key.replace(/\s+/g, ' ');
  return key;
}

export function borderKey(a: string, b: string): string {
  return [a, b].sort().join('-');
}

/** Builds the lookup tables; throws with the first problem if the data file is malformed. */
export function buildGazetteer(data: unknown): Gazetteer {
  const parsed = dataSchema.parse(data);
  const names = new Map<string, Entry[]>();
  const add = (name: string, entry: Entry): void => {
    const key = nameKey(name);
    const list = names.get(key);
    if (!list) names.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  const countries = new Map<string, Country>();
  const demonyms = new Map<string, string>();
  for (const [code, aliases, lon, lat, radiusKm, adjectives] of parsed.countries) {
    const name = aliases.find((a) => !/^[A-Z.]+$/.test(a) && a.length < 25) ?? aliases[0] ?? code;
    const country: Country = { kind: 'country', code, name, lon, lat, radiusKm };
    countries.set(code, country);
    for (const alias of aliases) add(alias, country);
    for (const adjective of adjectives) demonyms.set(nameKey(adjective), code);
  }
  for (const [name, lon, lat, radiusKm] of parsed.regions)
    add(name, { kind: 'region', name, lon, lat, radiusKm });
  for (const [name, lon, lat, country, radiusKm, anywhere, inContext] of parsed.admin) {
    const region: Region = {
      kind: 'region',
      name,
      lon,
      lat,
      radiusKm,
      country,
      ...(inContext.length > 0 ? { contextNames: new Set(inContext.map(nameKey)) } : {}),
    };
    for (const alias of [...anywhere, ...inContext]) add(alias, region);
  }
  for (const row of parsed.cities) {
    if (!isCityRow(row))
      throw new Error(
        `gazetteer: a town row is not [name, lon, lat, country, population, code, alternates]: ${JSON.stringify(row).slice(0, 80)}`,
      );
    const [name, lon, lat, country, population, code, alternates] = row;
    const base = {
      kind: 'town' as const,
      name,
      country,
      lon,
      lat,
      population,
      capital: code === 'PPLC',
    };
    add(name, { ...base, alternate: false });
    const other: Town = { ...base, alternate: true };
    for (const alternate of alternates) add(alternate, other);
  }
  const borders = new Map(parsed.borders.map(([a, b, lines]) => [borderKey(a, b), lines]));
  const shapes = new Map(parsed.shapes);
  return { attribution: parsed.attribution, countries, names, demonyms, borders, shapes };
}
