import { describe, expect, it } from 'vitest';
import { importStoryFile } from '../../src/import/import-file';
import { importOk, timelineTemplate } from './read-fixture';
import { storyProblems } from './story-checks';

const TEMPLATES = ['cosmo-mixed.json', 'eras.json', 'all-media-types.json', 'my-own-timeline.csv'];

describe('TimelineJS import on Knight Lab’s own templates', () => {
  it.each(TEMPLATES)('%s gives a story that passes the loader’s checks', async (name) => {
    const { story } = await importOk(timelineTemplate(name));
    expect(story.events.length).toBeGreaterThan(0);
    expect(storyProblems(story)).toEqual([]);
  });

  it('recognises JSON and the spreadsheet CSV', async () => {
    expect((await importOk(timelineTemplate('eras.json'))).format).toBe('timelinejs-json');
    expect((await importOk(timelineTemplate('my-own-timeline.csv'))).format).toBe('timelinejs-csv');
  });

  it('gives events no place: TimelineJS has none', async () => {
    const { story } = await importOk(timelineTemplate('eras.json'));
    expect(story.events.filter((event) => 'place' in event)).toEqual([]);
  });

  it('writes each date at the precision the file gives', async () => {
    const { story } = await importOk(timelineTemplate('cosmo-mixed.json'));
    const byTitle = (title: string) => story.events.find((event) => event.title === title);
    expect(byTitle('Galileo Points a Telescope at the Moon')!.time).toEqual({
      start: '1609-11',
      precision: 'month',
    });
    expect(byTitle('Apollo 11: Humans Walk on the Moon')!.time).toEqual({
      start: '1969-07-20',
      precision: 'day',
    });
  });

  it('writes a range at the coarser of its two units and keeps the finer in the note', async () => {
    const { story, notes } = await importOk(timelineTemplate('my-own-timeline.csv'));
    const eniac = story.events.find((event) => event.title.endsWith('women who made it work'));
    expect(eniac!.time).toEqual({
      start: '1943',
      end: '1946',
      precision: 'year',
      note: 'The file gives 1943-07 to 1946.',
    });
    expect(notes).toContain(
      'start and end given to different units: both shown to the year (row 5)',
    );
  });

  it('pads years before 1000 and reads eras.json’s day ranges', async () => {
    const { story } = await importOk(timelineTemplate('eras.json'));
    const hijra = story.events.find((event) => event.title.startsWith('Muhammad Migrates'));
    expect(hijra!.time).toEqual({ start: '0622-08-09', end: '0622-08-23', precision: 'day' });
  });

  it('leaves out BCE dates and says which events', async () => {
    const { story, notes } = await importOk(timelineTemplate('cosmo-mixed.json'));
    expect(story.events).toHaveLength(5);
    expect(notes).toContain(
      'left out: a year outside 100 to 9999 (BCE years cannot be shown) (events 1, 2, 3, 4, 5 and 6)',
    );
  });

  it('refuses a timeline whose every date is BCE, saying why', async () => {
    const result = await importStoryFile(timelineTemplate('cosmo.json'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([{ code: 'no-events', file: 'cosmo.json' }]);
      expect(result.notes?.[0]?.reason).toEqual({
        code: 'left-out',
        why: { code: 'year-range', first: 100, last: 9999 },
      });
    }
  });

  it('strips the markup from headlines and texts', async () => {
    const { story } = await importOk(timelineTemplate('cosmo-mixed.json'));
    expect(story.events.map((event) => event.title)).toContain("Ibn al-Haytham's Book of Optics");
    expect(story.sources[0]!.text).not.toMatch(/<[a-z]/i);
  });

  it('takes the title slide as the story’s title and summary', async () => {
    const { story } = await importOk(timelineTemplate('my-own-timeline.csv'));
    expect(story.title).toBe('MY OWN CSV');
    expect(story.summary).toMatch(/^In this sample timeline, we'll walk you through/);
  });

  it('makes a kind of each group and says media and eras were dropped', async () => {
    const media = await importOk(timelineTemplate('all-media-types.json'));
    expect(media.story.kinds.map((kind) => kind.label)).toEqual([
      'Video',
      'Social Media',
      'Audio',
      'Event',
      'HTML',
      'Image',
    ]);
    expect(media.notes).toEqual([
      'media not carried over (images, video, embeds) (41 events: 1, 2, 3, 4, 5, 6, 7, 8…)',
    ]);
    const eras = await importOk(timelineTemplate('eras.json'));
    expect(eras.notes).toContain('3 eras left out: Dateline has no eras');
  });

  it('gives repeated headlines distinct ids', async () => {
    const { story } = await importOk(timelineTemplate('all-media-types.json'));
    const ids = story.events.map((event) => event.id);
    expect(ids).toContain('bluesky');
    expect(ids).toContain('bluesky-2');
    expect(new Set(ids).size).toBe(ids.length);
  });
});
