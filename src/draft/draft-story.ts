/**
 * Turns event candidates into a story in format 2: every event marked as a guess, with the
 * reasons a person needs to check it. Plain JSON data; the story parser is what validates it.
 */
import type { EventCandidate } from './events';
import type { PlaceMention } from './mentions';

export interface StoryMeta {
  readonly title: string;
  readonly text: string;
  readonly language: string;
  readonly published?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly attribution: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

export function slug(text: string, fallback: string): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s === '' ? fallback : s;
}

function geometryOf(place: PlaceMention): Json {
  const area = place.area;
  if (area && area.length > 0) {
    const coordinates = area.map((polygon) => polygon.map((ring) => ring.map(([x, y]) => [x, y])));
    return coordinates.length === 1 && coordinates[0]
      ? { type: 'Polygon', coordinates: coordinates[0] }
      : { type: 'MultiPolygon', coordinates };
  }
  const line = place.line;
  if (line && line.length === 1 && line[0])
    return { type: 'LineString', coordinates: line[0].map(([x, y]) => [x, y]) };
  if (line && line.length > 1)
    return { type: 'MultiLineString', coordinates: line.map((l) => l.map(([x, y]) => [x, y])) };
  return { type: 'Point', coordinates: [place.lon, place.lat] };
}

function placeOf(place: PlaceMention, attribution: string): Json {
  const whole = place.level === 'country' || place.level === 'demonym';
  const how =
    whole && place.area
      ? 'The whole country, as Natural Earth draws it at 1:110m.'
      : whole
        ? 'A whole country or region: a point inside it, and a radius that covers it.'
        : place.level === 'border'
          ? 'The shared border, from Natural Earth.'
          : 'A town from GeoNames.';
  return {
    name: place.name,
    ...(place.country ? { country: place.country } : {}),
    geometry: geometryOf(place),
    // A country drawn as its outline is its own area: no circle of doubt around it.
    uncertaintyKm: place.area ? 0 : Math.min(5000, place.uncertaintyKm),
    note: `Drafted from '${place.text}'. ${how} ${attribution}`,
  };
}

export function draftStory(events: readonly EventCandidate[], meta: StoryMeta): Json {
  const used = new Set<string>();
  const idFor = (title: string, index: number): string => {
    let id = slug(title, `event-${index + 1}`).slice(0, 70);
    while (used.has(id)) id = `${id.slice(0, 70)}-${index + 1}`;
    used.add(id);
    return id;
  };
  const focus = [
    ...new Set(events.flatMap((e) => (e.place?.country ? [e.place.country] : []))),
  ].slice(0, 6);
  return {
    format: 2,
    id: slug(meta.title, 'draft'),
    title: meta.title,
    summary: '',
    language: meta.language,
    ...(focus.length > 0 ? { map: { focusCountries: focus } } : {}),
    sources: [
      {
        id: 'article',
        title: meta.title,
        publisher: meta.publisher ?? 'Unknown publisher',
        ...(meta.url ? { url: meta.url } : {}),
        ...(meta.published ? { published: meta.published } : {}),
        language: meta.language,
        note: meta.published
          ? 'Drafted by Dateline from the article text; every event is a guess until a person confirms it.'
          : 'Drafted by Dateline from the article text. The publication date is unknown, so dates that count from it are left out.',
        text: meta.text,
      },
    ],
    events: events.map((e, index) => ({
      id: idFor(e.title, index),
      title: e.title,
      kind: e.kind,
      time: { ...e.time, note: e.reasons.find((r) => r.field === 'time')?.text },
      ...(e.place ? { place: placeOf(e.place, meta.attribution) } : {}),
      excerpts: e.quotes.map((quote) => ({ source: 'article', quote })),
      context: [],
      review: {
        status: 'guess',
        reasons: e.reasons.map((r) => ({
          field: r.field,
          text: r.text,
          ...(r.alternatives && r.alternatives.length > 0
            ? { alternatives: [...r.alternatives] }
            : {}),
        })),
      },
    })),
  };
}
