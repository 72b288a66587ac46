/**
 * An import's notes are data: codes with values, like a story's problems. The only words in them
 * are the file's own (a cell as written, a column's name), so every language can word them.
 */
import { describe, expect, it } from 'vitest';
import { importStoryFile, type ImportOptions } from '../../src/import/import-file';
import type { ImportNote } from '../../src/import/import-notes';
import { importFixture, timelineTemplate } from './read-fixture';

/** The keys whose values are codes chosen by Dateline, not words of the file. */
const CODE_KEYS = new Set(['code', 'error', 'unit', 'role', 'part', 'tool']);

/** Every string a note holds that is not a code, with the key it sits under. */
function valuesOf(notes: readonly ImportNote[]): string[] {
  const found: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string' && !CODE_KEYS.has(key)) found.push(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object')
      Object.entries(value).forEach(([name, item]) => walk(item, name));
  };
  walk(notes, '');
  return found;
}

const STORYMAP_BROKEN = {
  name: 'broken-storymap.json',
  text: JSON.stringify({
    storymap: {
      slides: [
        {
          date: '2020-05-01',
          text: { headline: 'Good' },
          location: { lat: '10', lon: '20', name: 'Here' },
        },
        { date: 'someday', text: { headline: 'Unreadable date' } },
        42,
        { date: '2020', text: { headline: 'Off' }, location: { lat: 95, lon: 0 } },
      ],
    },
  }),
};

const TIMELINE_BROKEN = {
  name: 'broken-timeline.json',
  text: JSON.stringify({
    events: [
      { start_date: { year: 2020 }, text: { headline: 'Kept' } },
      { start_date: { year: 'soon' }, text: { headline: 'Bad year' } },
      { start_date: { year: 2021, month: 2, day: 30 }, text: { headline: 'No such day' } },
    ],
  }),
};

const CSV_BROKEN = {
  name: 'events.csv',
  text: 'date,title,lat,lon\n2020-01-01,A,10,20\n2020-01-02,B,10,20\nsoon,C,1,2\n2020-01-03,D,,\n',
};

const FILES = [
  ['TimelineJS JSON', TIMELINE_BROKEN],
  ['TimelineJS sheet as CSV', timelineTemplate('my-own-timeline.csv')],
  ['StoryMapJS', STORYMAP_BROKEN],
  ['GeoJSON', importFixture('usgs-all-week-2014-04-15.geojson')],
  ['ACLED CSV', importFixture('acled-layout.csv')],
  ['CSV of events', CSV_BROKEN, { fields: { time: 'date' } }],
] as const;

describe.each(FILES)('the notes of a %s import', (_format, file, options?: ImportOptions) => {
  it('are codes whose only words are the file’s own', async () => {
    const result = await importStoryFile(file, options);
    if (!result.ok) throw new Error(`${file.name} was not imported`);
    expect(result.notes.length).toBeGreaterThan(0);
    for (const value of valuesOf(result.notes)) expect(file.text).toContain(value);
  }, 30_000);
});

describe('the notes of a broken StoryMapJS file', () => {
  it('say which slides were left out, and why, as values', async () => {
    const result = await importStoryFile(STORYMAP_BROKEN);
    expect(result.ok && result.notes).toEqual([
      {
        reason: { code: 'left-out', why: { code: 'unreadable-date', text: 'someday' } },
        part: 'slide',
        numbers: [2],
      },
      {
        reason: { code: 'left-out', why: { code: 'not-slide', tool: 'storymap', key: '' } },
        part: 'slide',
        numbers: [3],
      },
      { reason: { code: 'off-earth' }, part: 'slide', numbers: [4] },
    ]);
  });
});

describe('the notes of a CSV of events', () => {
  it('group rows with the same reason and name the guessed columns', async () => {
    const result = await importStoryFile({
      name: 'events.csv',
      text: 'date,title,latitude,longitude\n2020-01-01,A,,\n2020-01-02,B,10,20\n2020-01-03,C,1,2\n2020-01-04,D,,\n',
    });
    if (!result.ok) throw new Error('events.csv was not imported');
    expect(result.notes).toContainEqual({
      reason: { code: 'guessed-column', role: 'time', name: 'date' },
      numbers: [],
    });
    expect(result.notes).toContainEqual({
      reason: { code: 'no-coordinates' },
      part: 'row',
      numbers: [2, 5],
    });
  });
});
