/**
 * Candidate place names in a text: runs of capitalised words, longest first, that the gazetteer
 * knows; compromise marks people's names so "Samir Kabulov" is not a town.
 */
import nlp from 'compromise';
import { nameKey, type Entry, type Gazetteer } from './gazetteer';

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
    'hurricane typhoon cyclone storm ' +
    'january february march april may june july august september october november ' +
    'december monday tuesday wednesday thursday friday saturday sunday'
  )
    .trim()
    .split(/\s+/),
);

/**
 * A lone town name glued to another capitalised word ("Central Asian") is part of a name we do
 * not know; one that ends its sentence ("said in Miami. President …") is not.
 */
function partOfLongerName(text: string, token: Token, next: Token | undefined): boolean {
  return (
    next !== undefined &&
    !token.text.endsWith('.') &&
    isCapitalised(next.text) &&
    /^ $/.test(text.slice(token.end, next.start))
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

interface Spans {
  /** People's full names: "Samir Kabulov" is not a town. */
  readonly people: { start: number; end: number }[];
  /** Companies and bodies: "automaker Toyota", "Honda sales", "the Washington Post". */
  readonly organisations: { start: number; end: number }[];
}

function offsets(found: unknown): { start: number; end: number }[] {
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
  return out.sort((a, b) => a.start - b.start);
}

function nameSpans(text: string): Spans {
  const doc = nlp(text);
  // One-word "people" are often towns ("Tyler, Texas"); a full name is a person.
  const people = doc
    .people()
    .json({ offset: true })
    .filter((p: { text?: unknown }) => typeof p.text === 'string' && /\S\s+\S/.test(p.text.trim()));
  return {
    people: offsets(people),
    organisations: offsets(doc.organizations().json({ offset: true })),
  };
}

function within(spans: readonly { start: number; end: number }[], start: number, end: number) {
  return spans.some((span) => span.start <= start && end <= span.end);
}

/** "in Toyota", "near Mercedes", "Toyota, Japan": words that make a name a place. */
function placeWords(text: string, start: number, end: number): boolean {
  return (
    /\b(?:in|at|near|outside|around|inside|across)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, start - 12), start),
    ) || /^,\s*\p{Lu}/u.test(text.slice(end, end + 3))
  );
}

/** A capitalised run of words that the gazetteer knows, with every reading of it. */
export interface Raw {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entries: readonly Entry[];
  readonly demonym?: string;
}

/** Every name in `text` that the gazetteer knows, longest first at each word, people skipped. */
export function scan(text: string, gazetteer: Gazetteer): Raw[] {
  const { people, organisations } = nameSpans(text);
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
      // A town in a company's name is the company ("automaker Toyota reported…"); a country
      // or a nationality in it still says where ("South Korean Hyundai Motor Company"), and so
      // does the name where the words around it make it a place ("in Toyota, Japan").
      const inOrganisation =
        entries !== undefined &&
        !demonym &&
        !entries.some((e) => e.kind === 'country') &&
        within(organisations, first.start, first.start + raw.length) &&
        !placeWords(text, first.start, first.start + raw.length);
      if (inOrganisation) {
        i += n - 1;
        break;
      }
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
