/**
 * The draft, start to end: article text (and its publication date, if known) in; a story of
 * guesses, the found expressions with their offsets, and messages for the person out. Pure:
 * the same code runs in the CLI and in the browser's worker. With no publication date given, the
 * article's own date line (readDateLine) stands in for it, and the messages say so.
 */
import { dayValue, longDay, parseDay } from './calendar';
import { readDateLine } from './date-line';
import { findTimes } from './dates';
import { draftStory } from './draft-story';
import { findEvents } from './events';
import type { Gazetteer } from './gazetteer';
import { UNTITLED, draftTitle } from './headline';
import type { PlaceMention, TimeMention } from './mentions';
import { findPlaces } from './places';
import { splitSentences } from './sentences';

/** Longer text is drafted in part: a page of that size is not one article. */
export const MAX_CHARS = 100_000;

export interface DraftOptions {
  readonly published?: string;
  readonly language?: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly onProgress?: (step: string, fraction: number) => void;
}

export interface Annotations {
  readonly text: string;
  readonly published?: string;
  readonly times: readonly {
    start: number;
    end: number;
    text: string;
    value?: string;
    precision: string;
    end_value?: string;
    unresolved?: boolean;
  }[];
  readonly places: readonly {
    start: number;
    end: number;
    text: string;
    name: string;
    country?: string;
    lon: number;
    lat: number;
    uncertaintyKm: number;
    level: string;
  }[];
}

export interface DraftResult {
  readonly story: unknown;
  readonly annotations: Annotations;
  readonly messages: readonly string[];
  readonly eventCount: number;
}

function scriptNote(text: string): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters > 20 && latin / letters < 0.5)
    return 'Most of the text is not in the Latin alphabet. Dates and places are read in English only, so few or none were found.';
  return undefined;
}

function annotateTimes(times: readonly TimeMention[]): Annotations['times'] {
  return times.map((t) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    ...(t.value ? { value: t.value } : {}),
    precision: t.precision,
    ...(t.endDate ? { end_value: t.endDate } : {}),
    ...(t.value ? {} : { unresolved: true }),
  }));
}

function annotatePlaces(places: readonly PlaceMention[]): Annotations['places'] {
  return places.map((p) => ({
    start: p.start,
    end: p.end,
    text: p.text,
    name: p.name,
    ...(p.country ? { country: p.country } : {}),
    lon: p.lon,
    lat: p.lat,
    uncertaintyKm: p.uncertaintyKm,
    level: p.level,
  }));
}

/** Drafts a story from an article's text. Never throws on the text itself. */
export function draftArticle(
  fullText: string,
  gazetteer: Gazetteer,
  options: DraftOptions = {},
): DraftResult {
  const messages: string[] = [];
  const progress = options.onProgress ?? (() => undefined);
  const text = fullText.length > MAX_CHARS ? fullText.slice(0, MAX_CHARS) : fullText;
  if (text.length < fullText.length)
    messages.push(
      `The text is ${fullText.length.toLocaleString('en')} characters long; only the first ${MAX_CHARS.toLocaleString('en')} were drafted.`,
    );
  const given = options.published ? parseDay(options.published) : undefined;
  if (options.published && !given)
    messages.push(
      `The publication date '${options.published}' is not a date of the form YYYY-MM-DD, so it was not used.`,
    );
  const dateLine = options.published === undefined ? readDateLine(text) : undefined;
  const anchor = given ?? (dateLine ? parseDay(dateLine.day) : undefined);
  const script = scriptNote(text);
  if (script) messages.push(script);
  progress('sentences', 0.1);
  const sentences = splitSentences(text);
  progress('dates', 0.2);
  const times = findTimes(text, sentences, anchor);
  progress('places', 0.5);
  const places = findPlaces(text, gazetteer);
  progress('events', 0.8);
  const events = findEvents(
    anchor ? { text, sentences, times, places, anchor } : { text, sentences, times, places },
  );
  const unresolved = times.filter((t) => !t.startDate);
  if (!anchor && unresolved.length > 0)
    messages.push(
      `No publication date: ${unresolved.length} date${unresolved.length === 1 ? '' : 's'} that count from it (${unresolved
        .slice(0, 3)
        .map((t) => `'${t.text}'`)
        .join(
          ', ',
        )}${unresolved.length > 3 ? ', …' : ''}) are left unresolved. Give the date to resolve them.`,
    );
  if (anchor && dateLine)
    messages.push(
      `The publication date, ${longDay(anchor)}, was read from the article's ${dateLine.updated ? "'updated' " : ''}date line ('${dateLine.text}'); relative dates count from it. If the article was published on another day, give that date and draft again.`,
    );
  else if (anchor)
    messages.push(`Relative dates count from the publication date, ${longDay(anchor)}.`);
  if (times.length === 0) messages.push('No dates were found in the text.');
  if (places.length === 0) messages.push('No places were found in the text.');
  if (events.length === 0 && text.trim() !== '')
    messages.push(
      'No sentence has both a date (or a publication date to fall back on) and something that happened.',
    );
  if (text.trim() === '') messages.push('The text is empty.');
  const title = draftTitle(text, options.title);
  if (title === UNTITLED && text.trim() !== '')
    messages.push(
      `The text's first line does not read as a headline, so the story is called "${UNTITLED}": give it a title in Story settings.`,
    );
  const published = anchor ? dayValue(anchor) : undefined;
  const story = draftStory(events, {
    title,
    text: text.trim() === '' ? '(empty)' : text,
    language: options.language ?? 'en',
    ...(published ? { published } : {}),
    ...(options.publisher ? { publisher: options.publisher } : {}),
    ...(options.url ? { url: options.url } : {}),
    attribution: gazetteer.attribution,
  });
  progress('done', 1);
  return {
    story,
    annotations: {
      text,
      ...(published ? { published } : {}),
      times: annotateTimes(times),
      places: annotatePlaces(places),
    },
    messages,
    eventCount: events.length,
  };
}
