/**
 * StoryMapJS stories: `storymap.slides`, each with `text`, a free-text `date` and a `location`
 * ({lat, lon} as numbers or strings). The first slide, when of type "overview", is the title.
 * Slides without a location are kept, without a place: they show on the timeline and in the list.
 * Gigapixel stories (a picture, not the Earth, under the pins) are refused: their "coordinates"
 * are points on an image.
 */
// Before any schema is built: parse without eval (strict Content Security Policy).
import '../story/zod-jitless';
import { z } from 'zod';
import { formatPath } from '../story/problem';
import { readFreeDate, withYear, type FreeDate } from './free-text-date';
import { htmlToText } from './html-text';
import { ImportLog } from './import-log';
import type { ValueProblem } from './import-notes';
import { NOT_LIST, shapeRefusal, type RefusalDetail } from './import-words';
import type { GuessReason, ImportedEvent, ImportedPlace, ImportedStory } from './imported-story';
import { pinKm, resolutionKm, roundKm } from './point-uncertainty';

const coordinate = z.union([z.number(), z.string()]).nullish();

const slideSchema = z.looseObject({
  type: z.string().nullish(),
  date: z.string().nullish(),
  text: z.looseObject({ headline: z.string().nullish(), text: z.string().nullish() }).nullish(),
  location: z
    .looseObject({
      lat: coordinate,
      lon: coordinate,
      name: z.string().nullish(),
      zoom: z.number().nullish(),
    })
    .nullish(),
  media: z.looseObject({ url: z.string().nullish() }).nullish(),
});

type Slide = z.infer<typeof slideSchema>;

const storymapSchema = z.looseObject({
  storymap: z.looseObject({
    map_type: z.string().nullish(),
    map_as_image: z.boolean().nullish(),
    zoomify: z.unknown().optional(),
    slides: z.array(z.unknown(), NOT_LIST),
  }),
});

const PLACEHOLDER_NAMES = /^(location|untitled|place|name|)$/i;
const YEAR_IN_TEXT = /\b(1[1-9]\d\d|20\d\d)\b/g;

/** A story from StoryMapJS JSON, or the reason there is none. */
export function readStoryMap(
  json: unknown,
  fileName: string,
): { story: ImportedStory; log: ImportLog } | { problem: RefusalDetail } {
  const parsed = storymapSchema.safeParse(json);
  if (!parsed.success) return { problem: shapeRefusal(parsed.error.issues, 'storymap', true) };
  const { storymap } = parsed.data;
  if (
    storymap.map_type === 'zoomify' ||
    storymap.map_as_image === true ||
    isObject(storymap.zoomify)
  ) {
    return { problem: { code: 'gigapixel' } };
  }
  const log = new ImportLog();
  const slides = storymap.slides.map((raw, index) => ({
    number: index + 1,
    parsed: slideSchema.safeParse(raw),
  }));
  const first = slides[0]?.parsed;
  const titleSlide = first?.success && first.data.type === 'overview' ? first.data : undefined;
  const events: ImportedEvent[] = [];
  let lastYear: YearSeen | undefined;
  for (const { number, parsed: slide } of titleSlide ? slides.slice(1) : slides) {
    if (!slide.success) {
      const key = formatPath(slide.error.issues[0]?.path ?? []);
      log.leftOut({ code: 'not-slide', tool: 'storymap', key }, 'slide', number);
      continue;
    }
    const read = timeOf(slide.data, lastYear);
    if ('problem' in read) {
      log.leftOut(read.problem, 'slide', number);
      continue;
    }
    if (read.guess) log.add({ code: 'year-guessed' }, 'slide', number);
    lastYear = { year: Number(read.time.start.slice(0, 4)), slide: read.yearFrom ?? number };
    const event = slideToEvent(slide.data, number, read, log);
    if (event) events.push(event);
  }
  const title = htmlToText(titleSlide?.text?.headline ?? '');
  const summary = htmlToText(titleSlide?.text?.text ?? '');
  return {
    story: {
      title: title || fileName,
      summary,
      preamble: [title, summary],
      sourceTitle: title || fileName,
      sourceNote: `Imported from "${fileName}" (StoryMapJS); the text is the slides' text without their markup.`,
      kinds: [{ id: 'event', label: 'Event' }],
      events,
    },
    log,
  };
}

type TimeRead = Extract<FreeDate, { kind: 'date' }>;

/** A slide's time; a date without a year takes one from the slide's text or the last slide that wrote one. */
function timeOf(
  slide: Slide,
  lastYear: YearSeen | undefined,
): (TimeRead & { yearFrom?: number }) | { problem: ValueProblem } {
  const written = slide.date ?? '';
  const date = readFreeDate(written);
  if (date.kind === 'date') return date;
  if (date.kind === 'none') return { problem: { code: 'no-date' } };
  if (date.kind === 'unreadable') return { problem: { code: 'unreadable-date', text: written } };
  const text = `${slide.text?.headline ?? ''} ${slide.text?.text ?? ''}`;
  const years = [...new Set([...text.matchAll(YEAR_IN_TEXT)].map((match) => Number(match[1])))];
  const own = years.length === 1 ? years[0] : undefined;
  const year = own ?? lastYear?.year;
  if (year === undefined) return { problem: { code: 'yearless-no-earlier', text: written } };
  const dated = withYear(date, year);
  if (dated.kind !== 'date') return { problem: { code: 'unreadable-date', text: written } };
  const from = own !== undefined ? 'its own text' : `slide ${lastYear?.slide}`;
  const guess: GuessReason = {
    field: 'time',
    text: `"${written}" has no year; ${year} is taken from ${from}.`,
  };
  return { ...dated, guess, ...(own === undefined ? { yearFrom: lastYear?.slide } : {}) };
}

/** The last year a slide wrote down, and which slide wrote it. */
interface YearSeen {
  readonly year: number;
  readonly slide: number;
}

function slideToEvent(
  slide: Slide,
  number: number,
  read: TimeRead,
  log: ImportLog,
): ImportedEvent | undefined {
  const headline = htmlToText(slide.text?.headline ?? '');
  const text = htmlToText(slide.text?.text ?? '');
  if (headline === '' && text === '') {
    log.leftOut({ code: 'no-words' }, 'slide', number);
    return undefined;
  }
  if (slide.media?.url) log.add({ code: 'media' }, 'slide', number);
  const place = placeOf(slide, number, log);
  const title = headline || text.split(' ').slice(0, 10).join(' ');
  return {
    title,
    kind: 'event',
    time: read.time,
    ...(place ? { place } : {}),
    text: [headline, text].filter((piece) => piece !== '').join('\n'),
    ...(read.guess ? { guesses: [read.guess] } : {}),
  };
}

function placeOf(slide: Slide, number: number, log: ImportLog): ImportedPlace | undefined {
  const location = slide.location;
  const lat = toNumber(location?.lat);
  const lon = toNumber(location?.lon);
  if (!location || lat === undefined || lon === undefined) {
    log.add({ code: 'no-location' }, 'slide', number);
    return undefined;
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    log.add({ code: 'off-earth' }, 'slide', number);
    return undefined;
  }
  const zoom = location.zoom ?? undefined;
  const written = resolutionKm(String(location.lon), String(location.lat), lat);
  const pinned = zoom === undefined ? 0 : pinKm(zoom, lat);
  const name = (location.name ?? '').trim();
  const named = !PLACEHOLDER_NAMES.test(name);
  if (!named) log.add({ code: 'no-place-name' }, 'slide', number);
  return {
    name: named ? name : coordinatesName(lon, lat),
    geometry: { type: 'Point', coordinates: [lon, lat] },
    uncertaintyKm: roundKm(Math.max(written, pinned)),
    note:
      zoom === undefined
        ? 'A pin from StoryMapJS; the uncertainty is the precision its coordinates are written to.'
        : `A pin placed on a StoryMapJS map at zoom ${zoom}; the uncertainty is a pin's width there or the precision of its coordinates, whichever is larger.`,
  };
}

function coordinatesName(lon: number, lat: number): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return `${Math.abs(lat)}° ${ns}, ${Math.abs(lon)}° ${ew}`;
}

function toNumber(value: number | string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value.trim());
  return Number.isFinite(number) ? number : undefined;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}
