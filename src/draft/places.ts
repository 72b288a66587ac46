/**
 * Finds place names and resolves them in the gazetteer: the candidates (place-names.ts), their
 * likeliest readings (place-readings.ts) and the borders an article names (border-mentions.ts).
 */
import { nameKey, type Country, type Gazetteer } from './gazetteer';
import { borders } from './border-mentions';
import type { PlaceMention } from './mentions';
import { scan, type Raw } from './place-names';
import { resolve } from './place-readings';

// "Washington state", "the Kherson region", "Zabul province", "the Kharkiv and Odesa regions":
// the name is the region's.
const REGION_KIND =
  '(?:state|province|region|oblast|governorate|prefecture|krai|voivodeship|territory)s?';
const REGION_WORD = new RegExp(
  `^(?:\\s+and\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)?\\s+${REGION_KIND}\\b`,
  'iu',
);

// Below this, a town known by one of its other names is read only in the article's countries.
const KNOWN_ABROAD = 100_000;

/**
 * Readings that need the article's countries to back them. A name a region has only in context
 * ("Zabul", "Kherson") is read as the region where the article names the region's country, and
 * no country or town there has the name: "Kherson" is the city unless the article says "the
 * Kherson region". A small town's other name is read only in the countries the article names
 * when it names any: "Cumbria" in a story about Britain is not Cumberland, Maryland.
 */
function inContext(raw: Raw, focus: ReadonlyMap<string, number>): Raw {
  const key = nameKey(raw.text);
  const named = (code: string | undefined) => code !== undefined && (focus.get(code) ?? 0) > 0;
  const entries = raw.entries.filter((e) => {
    if (e.kind === 'town')
      return !e.alternate || e.population >= KNOWN_ABROAD || focus.size === 0 || named(e.country);
    if (e.kind !== 'region' || !e.contextNames?.has(key)) return true;
    return (
      named(e.country) &&
      !raw.entries.some(
        (other) =>
          other.kind === 'country' || (other.kind === 'town' && other.country === e.country),
      )
    );
  });
  return entries.length === raw.entries.length ? raw : { ...raw, entries };
}

/**
 * "Stroud, Ontario, Canada": a name followed by ", <country>" (directly or one name later) is
 * read in that country when it can be; "Washington state" is read as the state.
 */
function narrowed(
  raw: Raw,
  following: readonly Raw[],
  text: string,
  focus: ReadonlyMap<string, number>,
): Raw {
  if (REGION_WORD.test(text.slice(raw.end, raw.end + 60))) {
    const states = raw.entries.filter((e) => e.kind === 'region' && e.country);
    if (states.length > 0) return { ...raw, entries: states };
  }
  const read = inContext(raw, focus);
  let end = raw.end;
  for (const next of following) {
    if (!/^,\s*$/.test(text.slice(end, next.start))) break;
    const country = next.entries.find((e): e is Country => e.kind === 'country');
    if (country) {
      const inside = read.entries.filter((e) => e.kind !== 'country' && e.country === country.code);
      return inside.length > 0 ? { ...read, entries: inside } : read;
    }
    end = next.end;
  }
  return read;
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
    .map((raw, i) => narrowed(raw, raws.slice(i + 1, i + 3), text, focus))
    .filter((raw) => !lines.some((l) => l.start <= raw.start && raw.end <= l.end))
    .flatMap((raw) => resolve(raw, gazetteer, focus) ?? []);
  return [...named, ...lines].sort((a, b) => a.start - b.start);
}
