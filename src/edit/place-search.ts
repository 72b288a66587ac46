/**
 * Finding a place by name in the draft's offline gazetteer (src/draft/gazetteer.ts), for the
 * editor's place field: names that start with what was typed, countries and capitals and large
 * towns first, each turned into the place the story format writes, with a radius that fits the
 * kind of place (a town is a point within a few km, a country or region is as wide as it is).
 */
import type { Entry, Gazetteer } from '../draft/gazetteer';
import { nameKey } from '../draft/gazetteer';
import type { EditPlace } from './event-ops';

export interface PlaceChoice {
  /** What kind of place, for the list to say in the reader's language. */
  readonly kind: 'country' | 'region' | 'capital' | 'town';
  readonly name: string;
  readonly country?: string | undefined;
  readonly place: EditPlace;
}

/** Up to `limit` places whose name (or another name) starts with the query. */
export function searchPlaces(gazetteer: Gazetteer, query: string, limit = 8): PlaceChoice[] {
  const key = nameKey(query.trim());
  if (key.length < 2) return [];
  const found: { entry: Entry; name: string; exact: boolean }[] = [];
  for (const [name, entries] of gazetteer.names) {
    if (!name.startsWith(key)) continue;
    for (const entry of entries) found.push({ entry, name, exact: name === key });
  }
  found.sort(
    (a, b) => Number(b.exact) - Number(a.exact) || rank(b.entry, b.name) - rank(a.entry, a.name),
  );
  // A town is in the gazetteer once under its name and once under its other names.
  const seen = new Set<string>();
  const choices: PlaceChoice[] = [];
  for (const { entry } of found) {
    const same = `${entry.kind}|${entry.name}|${entry.lon}|${entry.lat}`;
    if (seen.has(same)) continue;
    seen.add(same);
    choices.push(choiceFor(entry));
    if (choices.length >= limit) break;
  }
  return choices;
}

/**
 * Bigger and more central first: countries, then capitals, then towns by population. A region
 * found by a short name ("Kherson" for Kherson Oblast) comes after the towns of that name.
 */
function rank(entry: Entry, name: string): number {
  if (entry.kind === 'country') return 1e12;
  if (entry.kind === 'region') return entry.contextNames?.has(name) ? 0 : 1e9 + entry.radiusKm;
  return (entry.capital ? 1e10 : 0) + entry.population - (entry.alternate ? 1 : 0);
}

/** A town is known to within a few km of its centre; a wider place to its own radius. */
const TOWN_KM = 5;

function choiceFor(entry: Entry): PlaceChoice {
  const geometry = {
    type: 'Point' as const,
    coordinates: [round(entry.lon), round(entry.lat)] satisfies [number, number],
  };
  if (entry.kind === 'country') {
    return {
      kind: 'country',
      name: entry.name,
      country: entry.code,
      place: {
        name: entry.name,
        country: entry.code,
        geometry,
        uncertaintyKm: Math.round(entry.radiusKm),
      },
    };
  }
  if (entry.kind === 'region') {
    return {
      kind: 'region',
      name: entry.name,
      country: entry.country,
      place: {
        name: entry.name,
        ...(entry.country ? { country: entry.country } : {}),
        geometry,
        uncertaintyKm: Math.round(entry.radiusKm),
      },
    };
  }
  return {
    kind: entry.capital ? 'capital' : 'town',
    name: entry.name,
    country: entry.country,
    place: { name: entry.name, country: entry.country, geometry, uncertaintyKm: TOWN_KM },
  };
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
