import { describe, expect, it } from 'vitest';
import { importStoryFile } from '../../src/import/import-file';
import { importFixture, importOk } from './read-fixture';
import { storyProblems } from './story-checks';
import { describeRefusal, inEnglish } from '../fixtures/describe-import';

const USGS = 'usgs-all-week-2014-04-15.geojson';

function collection(features: unknown[]): { name: string; text: string } {
  return { name: 'places.geojson', text: JSON.stringify({ type: 'FeatureCollection', features }) };
}

function point(properties: Record<string, unknown>, coordinates: unknown = [10, 20]) {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates } };
}

describe('GeoJSON import of a USGS earthquake feed', () => {
  it('gives a story that passes the loader’s checks, one event per quake', async () => {
    const { story, format } = await importOk(importFixture(USGS));
    expect(format).toBe('geojson');
    expect(story.events).toHaveLength(12);
    expect(storyProblems(story)).toEqual([]);
  });

  it('reads epoch milliseconds as a UTC minute', async () => {
    const { story } = await importOk(importFixture(USGS));
    // 1397562567000 ms is 2014-04-15 11:49:27 UTC.
    expect(story.events[0]!.time).toEqual({ start: '2014-04-15T11:49Z', precision: 'minute' });
  });

  it('takes title, place, kind and the feed’s own ids and address', async () => {
    const { story } = await importOk(importFixture(USGS));
    const first = story.events[0]!;
    expect(first.id).toBe('ak11229223');
    expect(first.title).toBe('M 1.2 - 11km W of Y, Alaska');
    expect(first.place!.name).toBe('11km W of Y, Alaska');
    expect(first.kind).toBe('earthquake');
    expect(story.kinds).toEqual([{ id: 'earthquake', label: 'Earthquake' }]);
    expect(story.sources[0]!.publisher).toBe('earthquake.usgs.gov');
    expect(story.sources[0]!.url).toBe(
      'http://earthquake.usgs.gov/earthquakes/feed/v1.0/summary/all_week.geojson',
    );
  });

  it('drops the depth and gives the uncertainty the coordinates are written to', async () => {
    const { story } = await importOk(importFixture(USGS));
    const quake = story.events[1]!.place!;
    expect(quake.geometry).toEqual({ type: 'Point', coordinates: [-118.9043, 37.654] });
    // ±0.0005° of latitude (three decimals in 37.654) is about 56 m.
    expect(quake.uncertaintyKm).toBe(0.056);
  });

  it('says what it guessed and dropped', async () => {
    const { notes } = await importOk(importFixture(USGS));
    expect(notes).toEqual([
      'the time is the property "time" (a guess)',
      'the title is the property "title" (a guess)',
      'the place is the property "place" (a guess)',
      'times in epoch milliseconds: shown to the minute, in UTC',
      'third coordinate (depth or height) dropped (12 features: 1, 2, 3, 4, 5, 6, 7, 8…)',
    ]);
  });
});

describe('GeoJSON field choices', () => {
  const twoDates = collection([
    point({ first_seen: '2021-03-01', last_seen: '2021-03-04', label: 'Fire A' }),
    point({ first_seen: '2021-03-02', last_seen: '2021-03-09', label: 'Fire B' }),
  ]);

  it('asks which property is the time when two could be', async () => {
    const result = await importStoryFile(twoDates);
    expect(inEnglish(result)).toEqual({
      ok: false,
      format: 'geojson',
      problems: ['"places.geojson" does not say which property is the time: choose one'],
      needs: [{ role: 'time', candidates: ['first_seen', 'last_seen'] }],
    });
  });

  it('imports with the person’s choice of time and end', async () => {
    const { story, notes } = await importOk(twoDates, {
      fields: { time: 'first_seen', end: 'last_seen' },
    });
    expect(story.events[1]!.time).toEqual({
      start: '2021-03-02',
      end: '2021-03-09',
      precision: 'day',
    });
    expect(story.events[1]!.title).toBe('Fire B');
    expect(notes).toEqual(['the title is the property "label" (a guess)']);
    expect(storyProblems(story)).toEqual([]);
  });

  it('takes the one property that holds dates, whatever its name', async () => {
    const { story } = await importOk(
      collection([point({ observed: '2020-01-05T10:30:00+01:00' })]),
    );
    expect(story.events[0]!.time).toEqual({ start: '2020-01-05T10:30+01:00', precision: 'minute' });
  });

  it('says when a chosen property does not exist', async () => {
    const result = await importStoryFile(twoDates, { fields: { time: 'date' } });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(describeRefusal)).toEqual([
        '"places.geojson" has no property named "date"',
      ]);
  });

  it('asks for the time, listing every property, when none holds a date', async () => {
    const result = await importStoryFile(collection([point({ name: 'A', size: 3 })]));
    expect(result.ok === false && result.needs).toEqual([
      { role: 'time', candidates: ['name', 'size'] },
    ]);
  });
});

describe('GeoJSON import of broken files', () => {
  it('keeps every feature it can and says where the others went', async () => {
    const { story, notes } = await importOk(
      collection([
        // Whole degrees claim no more than ±0.5°: about 56 km.
        point({ date: '2021-05-01', name: 'Good' }),
        {
          type: 'Feature',
          properties: { date: '2021-05-02', name: 'No geometry' },
          geometry: null,
        },
        point({ date: 'soon', name: 'Bad time' }),
        'a string',
        point({ date: '2021-05-03', name: 'Off the Earth' }, [200, 95]),
        {
          type: 'Feature',
          properties: { date: '2021-05-04', name: 'Area' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
          },
        },
      ]),
    );
    expect(story.events.map((event) => [event.title, event.place?.uncertaintyKm])).toEqual([
      ['Good', 56],
      ['No geometry', undefined],
      ['Off the Earth', undefined],
      ['Area', 0],
    ]);
    expect(notes).toContain('no geometry: kept without a place (feature 2)');
    expect(notes).toContain('left out: a time that does not read ("soon") (feature 3)');
    expect(notes).toContain('left out: not a GeoJSON Feature (feature 4)');
    expect(notes).toContain(
      'a Point geometry that is not on the Earth or not supported: kept without a place (feature 5)',
    );
    expect(storyProblems(story)).toEqual([]);
  });

  it('refuses a single Feature and a collection without features', async () => {
    const single = await importStoryFile({
      name: 'one.geojson',
      text: JSON.stringify(point({ date: '2021' })),
    });
    expect(single.ok === false && single.problems.map(describeRefusal)).toEqual([
      '"one.geojson" is a GeoJSON Feature; only a FeatureCollection of features with times can be imported.',
    ]);
    const empty = await importStoryFile(collection([]));
    expect(empty.ok === false && empty.problems.map(describeRefusal)).toEqual([
      '"places.geojson" has no features',
    ]);
  });
});
