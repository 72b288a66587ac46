import { describe, expect, it } from 'vitest';
import { importStoryFile } from '../../src/import/import-file';
import { importFixture, importOk } from './read-fixture';
import { storyProblems } from './story-checks';
import { describeRefusal, inEnglish } from '../fixtures/describe-import';

const ACLED = 'acled-layout.csv';

describe('CSV import in ACLED’s layout', () => {
  it('gives a story that passes the loader’s checks', async () => {
    const { story, format } = await importOk(importFixture(ACLED));
    expect(format).toBe('csv');
    expect(story.events).toHaveLength(5);
    expect(storyProblems(story)).toEqual([]);
  });

  it('maps time precision 1, 2 and 3 to the day, the week around it and the month', async () => {
    const { story } = await importOk(importFixture(ACLED));
    const times = story.events.map((event) => [
      event.id,
      event.time.start,
      event.time.end,
      event.time.precision,
    ]);
    expect(times).toEqual([
      ['tst1001', '2023-03-20', undefined, 'day'],
      ['tst1002', '2023-03-18', '2023-03-24', 'approximate'],
      ['tst1003', '2023-03', undefined, 'month'],
      ['tst1004', '2023-03-24', undefined, 'day'],
      ['tst1005', '2023-03-25', undefined, 'day'],
    ]);
  });

  it('maps geo precision 1, 2 and 3 to 5, 25 and 100 km', async () => {
    const { story } = await importOk(importFixture(ACLED));
    expect(story.events.map((event) => event.place!.uncertaintyKm)).toEqual([5, 25, 100, 25, 5]);
    expect(story.events[2]!.place!.note).toBe(
      'ACLED geo precision 3: only the region; the point is its capital.',
    );
  });

  it('quotes the notes verbatim, quotes and commas included, and kinds from event_type', async () => {
    const { story } = await importOk(importFixture(ACLED));
    expect(story.events[1]!.excerpts[0]!.quote).toBe(
      'Invented for a test: during the week of 21 March 2023, a crowd "near Kisumu" attacked a trader accused of theft.',
    );
    expect(story.events[1]!.title).toBe('Mob violence in Kisumu');
    expect(story.events[1]!.place!.name).toBe('Kisumu, Kenya');
    expect(story.kinds.map((kind) => kind.label)).toEqual([
      'Protests',
      'Riots',
      'Strategic developments',
      'Battles',
    ]);
    expect(story.sources[0]!.text).toContain('Source: Invented Radio; Invented Daily');
  });

  it('says what it left out', async () => {
    const { notes } = await importOk(importFixture(ACLED));
    expect(notes).toEqual([
      'no notes: the excerpt is the event type and location (row 6)',
      'actors, fatalities and the other ACLED columns are not carried over',
    ]);
  });

  it('keeps good rows of a broken ACLED file and numbers the rest as a spreadsheet does', async () => {
    const header =
      'event_id_cnty,event_date,time_precision,event_type,location,latitude,longitude,geo_precision,notes';
    const csv = [
      header,
      'A1,2023-01-02,1,Protests,Town,1.5,30.5,1,Good row',
      'A2,2023-02-30,1,Protests,Town,1.5,30.5,1,Impossible day',
      'A3,2023-01-03,7,Protests,Town,1.5,30.5,1,Odd time code',
      'A4,2023-01-04,1,Protests,Town,,,1,No coordinates',
      'A5,2023-01-05,1,Protests,Town,1.5,30.5,9,Odd geo code',
      'A6,,1,Protests,Town,1.5,30.5,1,No date',
    ].join('\n');
    const { story, notes } = await importOk({ name: 'acled.csv', text: csv });
    expect(story.events.map((event) => event.id)).toEqual(['a1', 'a4', 'a5']);
    expect(story.events[1]!.place).toBeUndefined();
    expect(story.events[2]!.place!.uncertaintyKm).toBe(100);
    expect(notes).toEqual([
      'left out: event_date "2023-02-30" does not read as a date (row 3)',
      'left out: time_precision "7" is not 1, 2 or 3 (row 4)',
      'no readable latitude/longitude: kept without a place (row 5)',
      'geo_precision "9" is not 1, 2 or 3: taken as 3 (a region) (row 6)',
      'left out: no event_date (row 7)',
      'actors, fatalities and the other ACLED columns are not carried over',
    ]);
    expect(storyProblems(story)).toEqual([]);
  });
});

describe('CSV import of any table with dates', () => {
  const table = [
    'Date,Headline,Description,Lat,Lng',
    '2022-06-01,Bridge opens,"The new bridge opened, two years late.",59.91,10.75',
    '2022-06-03,Ferry stops,The old ferry made its last crossing.,,',
  ].join('\n');

  it('guesses the columns by name and keeps rows without coordinates off the map', async () => {
    const { story, notes } = await importOk({ name: 'events.csv', text: table });
    expect(
      story.events.map((event) => [event.title, event.time.start, event.place?.geometry]),
    ).toEqual([
      ['Bridge opens', '2022-06-01', { type: 'Point', coordinates: [10.75, 59.91] }],
      ['Ferry stops', '2022-06-03', undefined],
    ]);
    expect(notes).toContain('the time is the column "date" (a guess)');
    expect(notes).toContain('no readable latitude/longitude: kept without a place (row 3)');
    expect(storyProblems(story)).toEqual([]);
  });

  it('asks which column is the date when it cannot tell', async () => {
    const result = await importStoryFile({
      name: 'two.csv',
      text: 'opened,closed,name\n2020-01-01,2020-02-01,A\n',
    });
    expect(inEnglish(result)).toEqual({
      ok: false,
      format: 'csv',
      problems: ['"two.csv" does not say which column is the date: choose one'],
      needs: [{ role: 'time', candidates: ['opened', 'closed'] }],
    });
    const chosen = await importStoryFile(
      { name: 'two.csv', text: 'opened,closed,name\n2020-01-01,2020-02-01,A\n' },
      { fields: { time: 'Opened', end: 'closed' } },
    );
    expect(chosen.ok && (chosen.story as { events: { time: unknown }[] }).events[0]!.time).toEqual({
      start: '2020-01-01',
      end: '2020-02-01',
      precision: 'day',
    });
  });

  it('says so when a CSV has a header and nothing else', async () => {
    const result = await importStoryFile({ name: 'empty.csv', text: 'date,title\n' });
    expect(result.ok === false && result.problems.map(describeRefusal)).toEqual([
      '"empty.csv" has a header but no rows',
    ]);
  });

  it('reports an unclosed quote with its row and keeps every row', async () => {
    const result = await importStoryFile({
      name: 'quote.csv',
      text: 'date,title\n2020-01-01,Fine\n2020-01-02,"Broken\n',
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.notes[0]).toEqual({
        reason: { code: 'csv-row', row: 3, error: 'MissingQuotes' },
        numbers: [],
      });
      expect((result.story as { events: unknown[] }).events).toHaveLength(2);
    }
  });
});
