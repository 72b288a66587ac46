/**
 * Which reading of a place name to take: a name with several readings prefers the countries the
 * article itself names, then bigger towns; each mention says why and what else it could be.
 */
import type { Entry, Gazetteer, Town } from './gazetteer';
import type { PlaceMention } from './mentions';
import type { Raw } from './place-names';

/** How likely a reading is: bigger places first, and much more so in the countries the article names. */
function score(entry: Entry, focus: ReadonlyMap<string, number>): number {
  if (entry.kind === 'country') return focus.get(entry.code) ? 12 : 9;
  const inFocus = entry.country && focus.get(entry.country) ? 3 : 0;
  // A state of a country the article names beats a country it does not ("Georgia" in a US story).
  if (entry.kind === 'region') return entry.country ? 5.7 + (inFocus ? 4 : 0) : 8;
  return (
    Math.log10(Math.max(entry.population, 1)) +
    inFocus +
    (entry.capital ? 1.5 : 0) -
    (entry.alternate ? 1 : 0)
  );
}

function countryName(gazetteer: Gazetteer, code: string | undefined): string {
  return code ? (gazetteer.countries.get(code)?.name ?? code) : '';
}

function describe(entry: Entry, gazetteer: Gazetteer): string {
  if (entry.kind === 'town') return `${entry.name}, ${countryName(gazetteer, entry.country)}`;
  if (entry.kind === 'country') return `${entry.name} (country)`;
  return entry.country
    ? `${entry.name}, ${countryName(gazetteer, entry.country)} (region)`
    : `${entry.name} (region)`;
}

const plain = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Edits (insert, delete, replace one letter) from `a` to `b`. */
function edits(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1)
      next.push(
        Math.min(
          (row[j] ?? 0) + 1,
          (next[j - 1] ?? 0) + 1,
          (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * A town is named as the article spells it when that is the town's own name, written plainer
 * or shorter ("Rafah" for GeoNames' "Rafaḩ", "Jenin" for "Janīn", "Acapulco" for "Acapulco de
 * Juárez"); another name ("Kiev", "Fort Pitt" for Pittsburgh) or capitals ("ACAPULCO, Mexico —")
 * give way to the gazetteer's.
 */
function spelling(written: string, name: string): string {
  if (written === written.toUpperCase()) return name;
  const [a, b] = [plain(written), plain(name)];
  const close = b.startsWith(`${a} `) || edits(a, b) <= Math.max(1, Math.floor(b.length / 5));
  return close ? written : name;
}

function townUncertainty(town: Town): number {
  return Math.round(5 + 3 * Math.max(0, Math.log10(town.population / 10000)));
}

/** The likeliest reading of a name as a mention, with why and the next likeliest. */
/** The country's own outline where the gazetteer has one: the place is then that area. */
function countryArea(gazetteer: Gazetteer, code: string): Pick<PlaceMention, 'area'> {
  const area = gazetteer.shapes.get(code);
  return area ? { area } : {};
}

export function resolve(
  raw: Raw,
  gazetteer: Gazetteer,
  focus: ReadonlyMap<string, number>,
): PlaceMention | undefined {
  const ranked = [...raw.entries].sort((a, b) => score(b, focus) - score(a, focus));
  const entry = ranked[0];
  const span = { start: raw.start, end: raw.end, text: raw.text };
  const alternatives = ranked.slice(1, 5).map((e) => describe(e, gazetteer));
  if (!entry) {
    const country = raw.demonym ? gazetteer.countries.get(raw.demonym) : undefined;
    if (!country) return undefined;
    return {
      ...span,
      name: country.name,
      level: 'demonym',
      country: country.code,
      lon: country.lon,
      lat: country.lat,
      uncertaintyKm: Math.min(country.radiusKm, 5000),
      ...countryArea(gazetteer, country.code),
      reason: `'${raw.text}' is the adjective for ${country.name}`,
      alternatives: [],
    };
  }
  const inFocus = (code: string | undefined): string =>
    code && focus.get(code)
      ? ` in ${countryName(gazetteer, code)}, a country the article names`
      : '';
  const several = ranked.length > 1 ? 'the likeliest of the places so named' : 'the place so named';
  if (entry.kind === 'country') {
    return {
      ...span,
      name: entry.name,
      level: 'country',
      country: entry.code,
      lon: entry.lon,
      lat: entry.lat,
      uncertaintyKm: Math.min(entry.radiusKm, 5000),
      ...countryArea(gazetteer, entry.code),
      reason: `'${raw.text}' is the name of a country`,
      alternatives,
    };
  }
  if (entry.kind === 'region') {
    return {
      ...span,
      name: entry.name,
      level: 'region',
      ...(entry.country ? { country: entry.country } : {}),
      lon: entry.lon,
      lat: entry.lat,
      uncertaintyKm: entry.radiusKm,
      reason: entry.country
        ? `'${raw.text}': ${several}, a region${inFocus(entry.country)}`
        : `'${raw.text}' is a region that spans countries`,
      alternatives,
    };
  }
  const written = spelling(raw.text, entry.name);
  const known = written === entry.name ? '' : `${entry.name}, `;
  return {
    ...span,
    name: written,
    level: 'city',
    country: entry.country,
    lon: entry.lon,
    lat: entry.lat,
    uncertaintyKm: townUncertainty(entry),
    reason: `'${raw.text}': ${several}${inFocus(entry.country)} (${known}a town of ${entry.population.toLocaleString('en')} people)`,
    alternatives,
  };
}
