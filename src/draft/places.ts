/**
 * Finds place names and resolves them in the gazetteer. Candidate names are runs of capitalised
 * words, longest first; compromise marks people's names so "Samir Kabulov" is not a town. A
 * name with several readings prefers the countries the article itself names, then bigger towns.
 */
import nlp from 'compromise';
import {
  borderKey,
  nameKey,
  type Country,
  type Entry,
  type Gazetteer,
  type Town,
} from './gazetteer';
import type { PlaceMention } from './mentions';

interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const MAX_WORDS = 4;
// Capitalised words that open sentences or titles and are also somewhere's name.
const COMMON = new Set(
  (
    'most many police health officials however there these this then it he she they ' +
    'we home details for after before according president minister news best early ' +
    'union independence mission victoria republic as at in of and said reports recent ' +
    'comments popular one two lake university bay center centre valley but man human ' +
    'ramadan the central north south east west northern southern eastern western new ' +
    'january february march april may june july august september october november ' +
    'december monday tuesday wednesday thursday friday saturday sunday'
  )
    .trim()
    .split(/\s+/),
);

/** A lone town name glued to another capitalised word ("Central Asian") is part of a name we do not know. */
function partOfLongerName(text: string, token: Token, next: Token | undefined): boolean {
  return (
    next !== undefined && isCapitalised(next.text) && /^ $/.test(text.slice(token.end, next.start))
  );
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.]*/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function peopleSpans(text: string): { start: number; end: number }[] {
  // One-word "people" are often towns ("Tyler, Texas"); a full name is a person.
  const found = nlp(text)
    .people()
    .json({ offset: true })
    .filter((p: { text?: unknown }) => typeof p.text === 'string' && /\S\s+\S/.test(p.text.trim()));
  const out: { start: number; end: number }[] = [];
  if (!Array.isArray(found)) return out;
  for (const item of found) {
    const offset: unknown = item?.offset;
    if (typeof offset === 'object' && offset !== null && 'start' in offset && 'length' in offset) {
      const { start, length } = offset;
      if (typeof start === 'number' && typeof length === 'number')
        out.push({ start, end: start + length });
    }
  }
  return out;
}

interface Raw {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entries: readonly Entry[];
  readonly demonym?: string;
}

function scan(text: string, gazetteer: Gazetteer): Raw[] {
  const people = peopleSpans(text).sort((a, b) => a.start - b.start);
  let nextPerson = 0;
  const list = tokens(text);
  const out: Raw[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const first = list[i];
    if (!first || !isCapitalised(first.text)) continue;
    while (nextPerson < people.length && (people[nextPerson]?.end ?? 0) <= first.start)
      nextPerson += 1;
    const person = people[nextPerson];
    if (person && person.start <= first.start && first.start < person.end) continue;
    for (let n = Math.min(MAX_WORDS, list.length - i); n >= 1; n -= 1) {
      const last = list[i + n - 1];
      if (!last || !isCapitalised(last.text)) continue;
      const gap = text.slice(first.end, last.start);
      if (
        n > 1 &&
        !/^(?:[\s-]+(?:\p{Ll}{1,3}[\s-]+)?|[\s-]+)$/u.test(
          gap.replace(/[\s-]+(?:of|de|la|del|el|al|on|upon)[\s-]+/g, ' '),
        )
      )
        continue;
      const written = text.slice(first.start, last.end);
      const dotted = /^(?:\p{Lu}\.)+$/u.test(written); // "U.S."
      const raw = dotted ? written : written.replace(/(?:['’]s|[’'.])$/u, '');
      if (n === 1 && COMMON.has(raw.toLowerCase())) break;
      const key = nameKey(raw);
      const entries = gazetteer.names.get(key);
      const demonym = gazetteer.demonyms.get(key);
      const lone = n === 1 && partOfLongerName(text, first, list[i + 1]);
      if (
        lone &&
        !(entries ?? []).some(
          (e) => e.kind === 'country' || (e.kind === 'town' && e.population > 1e6),
        )
      )
        break;
      if (entries || demonym) {
        out.push({
          start: first.start,
          end: first.start + raw.length,
          text: raw,
          entries: entries ?? [],
          ...(demonym ? { demonym } : {}),
        });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

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

function townUncertainty(town: Town): number {
  return Math.round(5 + 3 * Math.max(0, Math.log10(town.population / 10000)));
}

function resolve(
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
  return {
    ...span,
    name: entry.name,
    level: 'city',
    country: entry.country,
    lon: entry.lon,
    lat: entry.lat,
    uncertaintyKm: townUncertainty(entry),
    reason: `'${raw.text}': ${several}${inFocus(entry.country)} (a town of ${entry.population.toLocaleString('en')} people)`,
    alternatives,
  };
}

function midpoint(lines: readonly (readonly [number, number])[][]): [number, number] {
  const all = lines.flat();
  const mid = all[Math.floor(all.length / 2)];
  return mid ? [mid[0], mid[1]] : [0, 0];
}

/** "the Tajik-Afghan border", "the Afghan border" (with the neighbour the article names most). */
function borders(
  text: string,
  gazetteer: Gazetteer,
  focus: ReadonlyMap<string, number>,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const codeOf = (word: string): string | undefined => {
    const key = nameKey(word);
    return (
      gazetteer.demonyms.get(key) ??
      gazetteer.names.get(key)?.find((e): e is Country => e.kind === 'country')?.code
    );
  };
  for (const m of text.matchAll(
    /\b(\p{Lu}[\p{L}]+)(?:[-–](\p{Lu}[\p{L}]+))?\s+(?:border|frontier)\b/gu,
  )) {
    const a = codeOf(m[1] ?? '');
    if (!a) continue;
    let b = m[2] ? codeOf(m[2]) : undefined;
    let why = `'${m[0]}': the shared border of the two countries (Natural Earth)`;
    const alternatives: string[] = [];
    if (!b) {
      const neighbours = [...focus.entries()]
        .filter(([code]) => code !== a && gazetteer.borders.has(borderKey(a, code)))
        .sort((x, y) => y[1] - x[1]);
      b = neighbours[0]?.[0];
      if (!b) continue;
      why = `'${m[0]}': the border of ${gazetteer.countries.get(a)?.name ?? a} with ${gazetteer.countries.get(b)?.name ?? b}, the neighbour the article names most`;
      alternatives.push(
        ...neighbours
          .slice(1, 4)
          .map(([code]) => `border with ${gazetteer.countries.get(code)?.name ?? code}`),
      );
    }
    const lines = gazetteer.borders.get(borderKey(a, b));
    if (!lines) continue;
    const [lon, lat] = midpoint(lines);
    const names = [a, b].map((code) => gazetteer.countries.get(code)?.name ?? code);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      name: `${names.join('–')} border`,
      level: 'border',
      country: a,
      lon,
      lat,
      uncertaintyKm: 30,
      line: lines,
      reason: why,
      alternatives,
    });
  }
  return out;
}

/**
 * "Stroud, Ontario, Canada": a name followed by ", <country>" (directly or one name later) is
 * read in that country when it can be; "Washington state" is read as the state.
 */
function narrowed(raw: Raw, following: readonly Raw[], text: string): Raw {
  if (/^\s+state\b/i.test(text.slice(raw.end, raw.end + 7))) {
    const states = raw.entries.filter((e) => e.kind === 'region' && e.country);
    if (states.length > 0) return { ...raw, entries: states };
  }
  let end = raw.end;
  for (const next of following) {
    if (!/^,\s*$/.test(text.slice(end, next.start))) break;
    const country = next.entries.find((e): e is Country => e.kind === 'country');
    if (country) {
      const inside = raw.entries.filter((e) => e.kind !== 'country' && e.country === country.code);
      return inside.length > 0 ? { ...raw, entries: inside } : raw;
    }
    end = next.end;
  }
  return raw;
}

/** Every place name in `text`, resolved, in order. */
export function findPlaces(text: string, gazetteer: Gazetteer): PlaceMention[] {
  const raws = scan(text, gazetteer);
  const focus = new Map<string, number>();
  for (const raw of raws) {
    // "Georgia" might be the state: only a name that is nothing but a country names one for sure.
    const country =
      raw.entries.length === 1
        ? raw.entries.find((e): e is Country => e.kind === 'country')
        : undefined;
    const code = country?.code ?? raw.demonym;
    if (code) focus.set(code, (focus.get(code) ?? 0) + 1);
  }
  const lines = borders(text, gazetteer, focus);
  const named = raws
    .map((raw, i) => narrowed(raw, raws.slice(i + 1, i + 3), text))
    .filter((raw) => !lines.some((l) => l.start <= raw.start && raw.end <= l.end))
    .flatMap((raw) => resolve(raw, gazetteer, focus) ?? []);
  return [...named, ...lines].sort((a, b) => a.start - b.start);
}
