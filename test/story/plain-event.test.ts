/**
 * The quick reading of a plain event (src/story/plain-event.ts) against the schema it stands in
 * for: whatever it passes, the schema passes and gives the very same value (keys in the same
 * order); whatever is bad, it leaves to the schema, so every problem is the schema's own.
 */
import { describe, expect, it } from 'vitest';
import { generateStory, mulberry32 } from '../../scripts/generate-story.mjs';
import {
  EVENT_KEYS,
  EXCERPT_KEYS,
  PLACE_KEYS,
  readPlainEvent,
  TIME_KEYS,
} from '../../src/story/plain-event';
import {
  eventSchema,
  eventTimeSchema,
  excerptSchema,
  placeSchema,
} from '../../src/story/story-schema';
import { validEvent } from './story-builders';

/** The quick reading agrees with the schema: the same value, or it stood aside. */
function expectAgrees(item: unknown): void {
  const plain = readPlainEvent(item);
  if (plain === undefined) return;
  const schema = eventSchema.safeParse(item);
  expect(schema.success, JSON.stringify(item)).toBe(true);
  expect(JSON.stringify(plain)).toBe(JSON.stringify(schema.data));
  expect(plain).toStrictEqual(schema.data);
}

const place = validEvent().place;

/** Valid events written every plain way the format allows. */
const VALID = [
  validEvent(),
  validEvent({ context: undefined }),
  validEvent({ place: undefined }),
  validEvent({ time: { start: '2021-10-18T14:05+05:00', precision: 'minute', note: 'Said.' } }),
  validEvent({ time: { start: '2021-10-18T14:00Z', end: '2021-10-19T09:00', precision: 'hour' } }),
  validEvent({ time: { start: '2021', precision: 'year' } }),
  validEvent({ place: { ...place, country: undefined, note: 'From the map.' } }),
  validEvent({ place: { ...place, geometry: { type: 'Point', coordinates: [-180, 90] } } }),
  validEvent({ place: { ...place, uncertaintyKm: 0 } }),
  validEvent({ place: { ...place, uncertaintyKm: 5000 } }),
  validEvent({
    excerpts: [
      { source: 'a', quote: 'x' },
      { source: 'b-2', quote: 'y z' },
    ],
  }),
  validEvent({ id: `a${'b'.repeat(79)}`, kind: 'any-kind-9' }),
].map((event) => JSON.parse(JSON.stringify(event)));

describe('reading a plain event without the schema', () => {
  it('gives what the schema gives for every valid event of a generated story', () => {
    const story = generateStory(400);
    const events = typeof story === 'object' && story !== null && 'events' in story && story.events;
    expect(Array.isArray(events) && events.length).toBe(400);
    for (const event of Array.isArray(events) ? events : []) {
      expect(readPlainEvent(event)).toBeDefined();
      expectAgrees(event);
    }
  });

  it('gives what the schema gives for each plain way of writing an event', () => {
    for (const event of VALID) {
      expect(readPlainEvent(event), JSON.stringify(event)).toBeDefined();
      expectAgrees(event);
    }
  });

  it('leaves what is not plain to the schema: lines, areas, context, a review', () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [1, 2],
        [3, 4],
      ],
    };
    const others = [
      validEvent({ place: { ...place, geometry: line } }),
      validEvent({ context: [{ text: 'A fact.', source: { title: 'A', publisher: 'B' } }] }),
      validEvent({ review: { status: 'guess', reasons: [] } }),
      validEvent({ title: ' Spaced ' }),
    ];
    for (const event of others) {
      expect(readPlainEvent(event)).toBeUndefined();
      expect(eventSchema.safeParse(event).success).toBe(true);
    }
  });

  it('passes no bad event: each one is the schema’s to word', () => {
    const bad = [
      validEvent({ id: 'Bad id' }),
      validEvent({ id: `a${'b'.repeat(80)}` }),
      validEvent({ id: 7 }),
      validEvent({ kind: '' }),
      validEvent({ title: '' }),
      validEvent({ title: '   ' }),
      validEvent({ extra: true }),
      validEvent({ time: { start: '2021-02-30', precision: 'day' } }),
      validEvent({ time: { start: '2021-10-18', end: '2021-13', precision: 'day' } }),
      validEvent({ time: { start: '2021-10-18T25:00', precision: 'hour' } }),
      validEvent({ time: { start: '2021-10-18', precision: 'week' } }),
      validEvent({ time: { start: '2021-10-18', precision: 'day', note: 3 } }),
      validEvent({ time: { start: '2021-10-18', precision: 'day', at: 'noon' } }),
      validEvent({ time: '2021-10-18' }),
      validEvent({ place: { ...place, country: 'tj' } }),
      validEvent({ place: { ...place, uncertaintyKm: -1 } }),
      validEvent({ place: { ...place, uncertaintyKm: 5001 } }),
      validEvent({ place: { ...place, uncertaintyKm: Number.NaN } }),
      validEvent({ place: { ...place, name: '' } }),
      validEvent({ place: { ...place, geometry: { type: 'Point', coordinates: [181, 0] } } }),
      validEvent({ place: { ...place, geometry: { type: 'Point', coordinates: [0, -91] } } }),
      validEvent({ place: { ...place, geometry: { type: 'Point', coordinates: [1, 2, 3] } } }),
      validEvent({ place: { ...place, geometry: { type: 'Point', coordinates: [1] } } }),
      validEvent({ place: { ...place, geometry: { type: 'Point', coordinates: ['1', 2] } } }),
      validEvent({
        place: { ...place, geometry: { type: 'Point', coordinates: [1, Infinity] } },
      }),
      validEvent({ place: { ...place, geometry: { type: 'Point', coordinates: [1, 2], z: 0 } } }),
      validEvent({ place: null }),
      validEvent({ excerpts: [] }),
      validEvent({ excerpts: [{ source: 'article', quote: '' }] }),
      validEvent({ excerpts: [{ source: 'Article', quote: 'x' }] }),
      validEvent({ excerpts: [{ source: 'article', quote: 'x', page: 2 }] }),
      validEvent({ excerpts: { source: 'article', quote: 'x' } }),
      validEvent({ context: {} }),
      validEvent({ context: null }),
      [],
      null,
      'event',
      Object.assign(Object.create({ inherited: true }), validEvent()),
    ];
    for (const item of bad) {
      expect(readPlainEvent(item), JSON.stringify(item)).toBeUndefined();
      expectAgrees(item);
    }
  });

  it('agrees with the schema on thousands of events with one value changed at random', () => {
    const random = mulberry32(8);
    const odd = [
      '',
      ' ',
      'x',
      'Bad id',
      '2021-02-29',
      '2020-02-29',
      '2021-10-18T14:00',
      'Point',
      'LineString',
      'day',
      'approximate',
      'TJ',
      -1,
      0,
      90.5,
      180,
      5000.1,
      Number.NaN,
      null,
      true,
      [],
      [0, 0],
      {},
      { source: 'a', quote: 'q' },
      undefined,
    ];
    const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
    let passed = 0;
    for (let round = 0; round < 4000; round += 1) {
      const event: unknown = structuredClone(pick(VALID));
      let node = event;
      // Walk down to a random object or array, then change one of its fields.
      for (let depth = 0; depth < 4 && typeof node === 'object' && node !== null; depth += 1) {
        const keys = Object.keys(node);
        const key = pick(keys);
        if (key === undefined) break;
        const child: unknown = Reflect.get(node, key);
        if (random() < 0.4 || typeof child !== 'object' || child === null) {
          Reflect.set(node, random() < 0.1 ? 'added' : key, pick(odd));
          break;
        }
        node = child;
      }
      if (readPlainEvent(event) !== undefined) passed += 1;
      expectAgrees(event);
    }
    // Some changes keep an event valid: both readings must then give the same value.
    expect(passed).toBeGreaterThan(0);
  });
});

describe('the fields the quick reading reads', () => {
  const sorted = (keys: Iterable<string>) => [...keys].sort();

  it('are the schema’s own, less the review it leaves to the schema', () => {
    expect(sorted([...EVENT_KEYS, 'review'])).toEqual(sorted(Object.keys(eventSchema.shape)));
    expect(sorted(TIME_KEYS)).toEqual(sorted(Object.keys(eventTimeSchema.shape)));
    expect(sorted(PLACE_KEYS)).toEqual(sorted(Object.keys(placeSchema.shape)));
    expect(sorted(EXCERPT_KEYS)).toEqual(sorted(Object.keys(excerptSchema.shape)));
  });
});
