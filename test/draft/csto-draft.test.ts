// The CSTO article drafted from its raw text, checked against the hand-made story.
import { readFileSync } from 'node:fs';
import {
  nearestPointOnLine,
  lineString,
  multiLineString,
  point,
  distance,
  centroid,
  polygon,
  booleanPointInPolygon,
} from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/draft';
import { parseStory } from '../../src/story/parse-story';
import { storySchema } from '../../src/story/story-schema';
import { gazetteer } from './gazetteer-fixture';

const raw = readFileSync(
  new URL('../../../shared/seed/000_857ead31f5bd07c4.txt', import.meta.url),
  'utf8',
);
const gold = JSON.parse(
  readFileSync(new URL('../../public/stories/csto-2021.json', import.meta.url), 'utf8'),
);
const result = draftArticle(raw, gazetteer(), { published: '2021-10-18' });
const parsed = parseStory(result.story);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
// The story as written (dates as text); parseStory above is what proves it loads.
const story = storySchema.parse(result.story);

function goldEvent(id: string) {
  const event = gold.events.find((e: { id: string }) => e.id === id);
  if (!event) throw new Error(`no gold event ${id}`);
  return event;
}

function drafted(words: string) {
  const event = story.events.find((e) => e.excerpts.some((x) => x.quote.includes(words)));
  if (!event) throw new Error(`no drafted event quotes '${words}'`);
  return event;
}

/** Kilometres from a point to the nearest part of a drafted place. */
function kmTo(event: ReturnType<typeof drafted>, lon: number, lat: number): number {
  const geometry = event.place?.geometry;
  if (!geometry) return Infinity;
  const p = point([lon, lat]);
  if (geometry.type === 'Point') return distance(p, point(geometry.coordinates));
  if (geometry.type === 'LineString')
    return distance(p, nearestPointOnLine(lineString(geometry.coordinates), p));
  if (geometry.type === 'MultiLineString')
    return distance(p, nearestPointOnLine(multiLineString(geometry.coordinates), p));
  return Infinity;
}

describe('drafting the CSTO article', () => {
  it('passes the story parser with no problems', () => {
    expect(parsed.problems).toEqual([]);
    expect(story.events.length).toBeGreaterThanOrEqual(6);
  });

  it('quotes the article verbatim in every excerpt', () => {
    const quotes = story.events.flatMap((e) => e.excerpts.map((x) => x.quote));
    expect(quotes.every((q) => raw.includes(q))).toBe(true);
  });

  it('finds the exercises: 18–23 October 2021, on the border by the Khatlon training grounds', () => {
    const event = drafted('began, on Monday, October 18, 2021');
    const want = goldEvent('csto-exercises');
    expect([event.time.start, event.time.end, event.time.precision]).toEqual([
      want.time.start,
      want.time.end,
      want.time.precision,
    ]);
    const [lon = 0, lat = 0] = centroid(polygon(want.place.geometry.coordinates)).geometry
      .coordinates;
    expect(kmTo(event, lon, lat)).toBeLessThan(40);
    expect(event.kind).toBe('exercise');
  });

  it('finds the Tuesday troika talks in Moscow on 19 October', () => {
    const event = drafted('on Tuesday');
    const want = goldEvent('extended-troika-talks');
    expect([event.time.start, event.time.precision]).toEqual([
      want.time.start,
      want.time.precision,
    ]);
    expect(kmTo(event, 37.6176, 55.7558)).toBeLessThan(want.place.uncertaintyKm);
  });

  it("finds the week's Moscow talks as the hand-made story dates them (this week, around the 20th)", () => {
    const event = drafted('this week');
    const want = goldEvent('taliban-delegation-moscow');
    expect([event.time.start, event.time.end, event.time.precision]).toEqual([
      want.time.start,
      want.time.end,
      want.time.precision,
    ]);
    expect(event.time.start <= '2021-10-20' && '2021-10-20' <= (event.time.end ?? '')).toBe(true);
    expect(kmTo(event, 37.6135, 55.7343)).toBeLessThan(20);
  });

  it('finds the March conference in Moscow at month precision, March 2021', () => {
    const event = drafted('in March');
    const want = goldEvent('moscow-conference-march');
    expect([event.time.start, event.time.precision]).toEqual([
      want.time.start,
      want.time.precision,
    ]);
    expect(kmTo(event, 37.6176, 55.7558)).toBeLessThan(want.place.uncertaintyKm);
  });

  it('finds the Taliban taking power in Afghanistan in a span that holds August 2021, marked undated', () => {
    const event = drafted('the Taliban seized power');
    expect(event.time.start <= '2021-08' && '2021-08' <= (event.time.end ?? event.time.start)).toBe(
      true,
    );
    expect(event.place?.country).toBe('AF');
    expect(event.review?.reasons.find((r) => r.field === 'time')?.text).toContain('no date');
  });

  it('draws a whole country as its outline, not a circle that covers it', () => {
    const place = drafted('the Taliban seized power').place;
    expect(place?.geometry.type).toMatch(/^(Multi)?Polygon$/);
    expect(place?.uncertaintyKm).toBe(0);
    // Kabul is inside the drafted Afghanistan; Dushanbe, across the Panj, is not.
    const area = place?.geometry;
    if (area?.type !== 'Polygon' && area?.type !== 'MultiPolygon') throw new Error('not an area');
    const shape = { type: 'Feature' as const, properties: {}, geometry: area };
    expect(booleanPointInPolygon(point([69.17, 34.53]), shape)).toBe(true);
    expect(booleanPointInPolygon(point([68.78, 38.56]), shape)).toBe(false);
  });

  it('marks every event as a guess with its reasons', () => {
    expect(
      story.events.every(
        (e) => e.review?.status === 'guess' && e.review.reasons.some((r) => r.field === 'time'),
      ),
    ).toBe(true);
    const troika = drafted('on Tuesday').review?.reasons.find((r) => r.field === 'time');
    expect(troika?.text).toContain("'Tuesday'");
    expect(troika?.alternatives).toEqual(['2021-10-12']);
  });

  it('writes annotations whose offsets point into the text exactly', () => {
    const { text, times, places } = result.annotations;
    expect(text).toBe(raw);
    expect([...times, ...places].every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
    expect(times.map((t) => t.value)).toContain('2021-10-19');
  });
});
