import { describe, expect, it } from 'vitest';
import { importStoryFile } from '../../src/import/import-file';
import { importOk } from './read-fixture';
import { storyProblems } from './story-checks';
import { inEnglish } from '../fixtures/describe-import';

const good = {
  start_date: { year: 2020, month: 3 },
  text: { headline: 'Kept', text: 'It stays.' },
};

function timeline(events: unknown): { name: string; text: string } {
  return { name: 'broken.json', text: JSON.stringify({ events }) };
}

describe('TimelineJS import of broken files', () => {
  it('keeps the good slides and says which others were left out and why', async () => {
    const { story, notes } = await importOk(
      timeline([
        good,
        { start_date: { year: 'soon' }, text: { headline: 'Bad year' } },
        'not a slide',
        { start_date: { year: 2020, month: 13 }, text: { headline: 'Bad month' } },
        { text: { headline: 'No date' } },
        { start_date: { year: 2021, month: 2, day: 30 }, text: { headline: 'No such day' } },
      ]),
    );
    expect(story.events.map((event) => event.title)).toEqual(['Kept']);
    expect(notes).toEqual([
      'left out: the year "soon" is not a number (event 2)',
      'left out: not a TimelineJS slide (event 3)',
      'left out: the month 13 is not 1 to 12 (event 4)',
      'left out: no start date (event 5)',
      'left out: 2021-02 has no day 30 (event 6)',
    ]);
    expect(storyProblems(story)).toEqual([]);
  });

  it('keeps an event whose end is before its start, without the end', async () => {
    const { story, notes } = await importOk(
      timeline([{ ...good, end_date: { year: 2019, month: 1 } }]),
    );
    expect(story.events[0]!.time).toEqual({ start: '2020-03', precision: 'month' });
    expect(notes).toEqual(['end date before the start date: end left out (event 1)']);
  });

  it('says so when "events" is not a list', async () => {
    const result = await importStoryFile(timeline({ one: good }));
    expect(inEnglish(result)).toEqual({
      ok: false,
      format: 'timelinejs-json',
      problems: ['"broken.json": its "events" is not a list of slides'],
    });
  });

  it('reads scripts and event handlers as nothing, never running them', async () => {
    const { story } = await importOk(
      timeline([
        {
          start_date: { year: 2020 },
          text: {
            headline: '<img src=x onerror="globalThis.ran=1">Headline',
            text: '<script>globalThis.ran = 1</script><p>Visible &amp; safe</p>',
          },
        },
      ]),
    );
    expect(story.events[0]!.title).toBe('Headline');
    expect(story.events[0]!.excerpts[0]!.quote).toBe('Headline\nVisible & safe');
    expect('ran' in globalThis).toBe(false);
  });

  it('keeps the rows of a spreadsheet CSV that read and numbers the others as Sheets does', async () => {
    const csv = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
      '2020,1,5,14:30,,,,,,With a time,Text one,,,,,,,',
      'twenty,,,,,,,,,Bad year,Text two,,,,,,,',
      '2020,2,1,noon,,,,,,Odd time,Text three,,,,,,,',
      '2020,2,2,9 pm,,,,,,Evening,Text four,,,,,,,',
    ].join('\n');
    const { story, notes } = await importOk({ name: 'sheet.csv', text: csv });
    expect(story.events.map((event) => [event.title, event.time.start])).toEqual([
      ['With a time', '2020-01-05T14:30'],
      ['Odd time', '2020-02-01'],
      ['Evening', '2020-02-02T21:00'],
    ]);
    expect(story.events[2]!.time.precision).toBe('hour');
    expect(notes).toEqual([
      'left out: the year "twenty" is not a number (row 3)',
      'a time that does not read as HH:MM: the day is kept (row 4)',
    ]);
  });
});
