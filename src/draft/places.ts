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
  [
    'most',
    'many',
    'police',
    'health',
    'officials',
    'however',
    'there',
    'these',
    'this',
    'then',
    'it',
    'he',
    'she',
  ]
    .concat([
      'they',
      'we',
      'home',
      'details',
      'for',
      'after',
      'before',
      'according',
      'president',
      'minister',
      'news',
    ])
    .concat([
      'best',
      'early',
      'union',
      'independence',
      'mission',
      'victoria',
      'republic',
      'as',
      'at',
      'in',
      'of',
    ])
    .concat([
      'and',
      'said',
      'reports',
      'recent',
      'comments',
      'popular',
      'one',
      'two',
      'lake',
      'university',
    ])
    .concat([
      'central',
      'north',
      'south',
      'east',
      'west',
      'northern',
      'southern',
      'eastern',
      'western',
      'new',
    ])
    .concat([
      'january',
      'february',
      'march',
      'april',
      'may',
      'june',
      'july',
      'august',
      'september',
      'october',
    ])
    .concat([
      'november',
      'december',
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
    ]),
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
  const found = nlp(text).people().json({ offset: true });
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

function townUncertainty(town: Town): number {
  return Math.round(5 + 3 * Math.max(0, Math.log10(town.population / 10000)));
}

interface Raw {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entries: readonly Entry[];
  readonly demonym?: string;
}

function scan(text: string, gazetteer: Gazetteer): Raw[] {
  const people = peopleSpans(text);
  const list = tokens(text);
  const out: Raw[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const first = list[i];
    if (!first || !isCapitalised(first.text)) continue;
    if (people.some((p) => p.start <= first.start && first.start < p.end)) continue;
    for (let n = Math.min(MAX_WORDS, list.length - i); n >= 1; n -= 1) {
      const last = list[i + n - 1];
      if (!last) continue;
      const gap = text.slice(first.end, last.start);
      if (
        n > 1 &&
        !/^(?:[\s-]+(?:\p{Ll}{1,3}[\s-]+)?|[\s-]+)$/u.test(
          gap.replace(/[\s-]+(?:of|de|la|del|el|al|on|upon)[\s-]+/g, ' '),
        )
      )
        continue;
      const raw = text.slice(first.start, last.end).replace(/(?:['’]s|[’'.])$/u, '');
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

function townScore(town: Town, focus: ReadonlyMap<string, number>): number {
  return (
    Math.log10(Math.max(town.population, 1)) +
    (focus.get(town.country) ? 3 : 0) +
    (town.capital ? 1.5 : 0) -
    (town.alternate ? 1 : 0)
  );
}

function describe(entry: Entry, gazetteer: Gazetteer): string {
  if (entry.kind === 'town')
    return `${entry.name}, ${gazetteer.countries.get(entry.country)?.name ?? entry.country}`;
  return entry.kind === 'country' ? `${entry.name} (country)` : `${entry.name} (region)`;
}

function countryMention(
  raw: Raw,
  country: Country,
  reason: string,
  alternatives: string[],
): PlaceMention {
  return {
    start: raw.start,
    end: raw.end,
    text: raw.text,
    name: country.name,
    level: raw.demonym && raw.entries.length === 0 ? 'demonym' : 'country',
    country: country.code,
    lon: country.lon,
    lat: country.lat,
    uncertaintyKm: Math.min(country.radiusKm, 5000),
    reason,
    alternatives,
  };
}

function resolve(
  raw: Raw,
  gazetteer: Gazetteer,
  focus: ReadonlyMap<string, number>,
): PlaceMention | undefined {
  const countries = raw.entries.filter((e): e is Country => e.kind === 'country');
  const towns = raw.entries
    .filter((e): e is Town => e.kind === 'town')
    .sort((a, b) => townScore(b, focus) - townScore(a, focus));
  const region = raw.entries.find((e) => e.kind === 'region');
  const others = (chosen: Entry): string[] =>
    raw.entries
      .filter((e) => e !== chosen)
      .slice(0, 4)
      .map((e) => describe(e, gazetteer));
  const country = countries[0];
  if (country)
    return countryMention(raw, country, `'${raw.text}' is the name of a country`, others(country));
  if (region && region.kind === 'region') {
    return {
      start: raw.start,
      end: raw.end,
      text: raw.text,
      name: region.name,
      level: 'country',
      lon: region.lon,
      lat: region.lat,
      uncertaintyKm: region.radiusKm,
      reason: `'${raw.text}' is a region that spans countries`,
      alternatives: others(region),
    };
  }
  const town = towns[0];
  if (town) {
    const inFocus = focus.get(town.country)
      ? ` in ${gazetteer.countries.get(town.country)?.name ?? town.country}, a country the article names`
      : '';
    return {
      start: raw.start,
      end: raw.end,
      text: raw.text,
      name: town.name,
      level: 'city',
      country: town.country,
      lon: town.lon,
      lat: town.lat,
      uncertaintyKm: townUncertainty(town),
      reason: `'${raw.text}': the ${towns.length > 1 ? 'likeliest of the towns so named' : 'town so named'}${inFocus} (population ${town.population.toLocaleString('en')})`,
      alternatives: others(town),
    };
  }
  const demonymCountry = raw.demonym ? gazetteer.countries.get(raw.demonym) : undefined;
  if (demonymCountry)
    return countryMention(
      raw,
      demonymCountry,
      `'${raw.text}' is the adjective for ${demonymCountry.name}`,
      [],
    );
  return undefined;
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

/** Every place name in `text`, resolved, in order. */
export function findPlaces(text: string, gazetteer: Gazetteer): PlaceMention[] {
  const raws = scan(text, gazetteer);
  const focus = new Map<string, number>();
  for (const raw of raws) {
    const code = raw.entries.find((e): e is Country => e.kind === 'country')?.code ?? raw.demonym;
    if (code) focus.set(code, (focus.get(code) ?? 0) + 1);
  }
  const lines = borders(text, gazetteer, focus);
  const named = raws
    .filter((raw) => !lines.some((l) => l.start <= raw.start && raw.end <= l.end))
    .flatMap((raw) => resolve(raw, gazetteer, focus) ?? []);
  return [...named, ...lines].sort((a, b) => a.start - b.start);
}
