import { describe, expect, it } from 'vitest';
import { importStoryFile } from '../../src/import/import-file';
import { importFixture, importOk } from './read-fixture';
import { storyProblems } from './story-checks';
import { inEnglish } from '../fixtures/describe-import';

const HURRICANE = 'storymap-hurricane-path.json';

describe('StoryMapJS import', () => {
  it('gives a story that passes the loader’s checks', async () => {
    const { story, format } = await importOk(importFixture(HURRICANE));
    expect(format).toBe('storymapjs');
    expect(storyProblems(story)).toEqual([]);
  });

  it('takes the overview slide as the title, not as an event', async () => {
    const { story } = await importOk(importFixture(HURRICANE));
    expect(story.title).toBe('The Track of Hurricane Katrina');
    expect(story.events).toHaveLength(6);
    expect(story.events.map((event) => event.title)).not.toContain(story.title);
  });

  it('reads string and number coordinates as a point', async () => {
    const { story } = await importOk(importFixture(HURRICANE));
    expect(story.events[0]!.place!.geometry).toEqual({ type: 'Point', coordinates: [-75.5, 23.2] });
    expect(story.events[3]!.place!.geometry).toEqual({ type: 'Point', coordinates: [-89.6, 28.2] });
  });

  it('gives a one-decimal pin the ±0.05° its coordinates claim', async () => {
    const { story } = await importOk(importFixture(HURRICANE));
    expect(story.events[0]!.place!.uncertaintyKm).toBe(5.6);
  });

  it('keeps a slide without a location, without a place, and says so', async () => {
    const { story, notes } = await importOk(importFixture(HURRICANE));
    const flooded = story.events.find((event) => event.title === 'Aug 30');
    expect(flooded).toBeDefined();
    expect(flooded!.place).toBeUndefined();
    expect(notes).toContain('no location: kept without a place (timeline and list only) (slide 6)');
  });

  it('names a place by its coordinates when the file names it "location"', async () => {
    const { story } = await importOk(importFixture(HURRICANE));
    expect(story.events[1]!.place!.name).toBe('25.4° N, 81.1° W');
  });

  it('gives yearless dates the year the slides wrote, marked as a guess', async () => {
    const { story } = await importOk(importFixture(HURRICANE));
    expect(story.events[0]!.time).toEqual({ start: '2005-08-23', precision: 'day' });
    expect(story.events[0]!.review!.reasons[0]!.text).toBe(
      '"Aug 23" has no year; 2005 is taken from its own text.',
    );
    expect(story.events[2]!.review!.reasons[0]!.text).toBe(
      '"Aug 28" has no year; 2005 is taken from slide 2.',
    );
  });

  it('does not take the overview’s date as the events’ year', async () => {
    const { story } = await importOk(importFixture(HURRICANE));
    expect(story.events.every((event) => event.time.start.startsWith('2005'))).toBe(true);
  });

  it('refuses a gigapixel story with a clear message', async () => {
    const result = await importStoryFile(importFixture('storymap-gigapixel.json'));
    expect(inEnglish(result)).toEqual({
      ok: false,
      format: 'storymapjs',
      problems: [
        '"storymap-gigapixel.json" is a StoryMapJS gigapixel story: its pins are on a picture, not on the Earth, so it cannot become a map story.',
      ],
    });
  });
});

describe('StoryMapJS import of broken files', () => {
  function storymap(slides: unknown): { name: string; text: string } {
    return { name: 'broken.json', text: JSON.stringify({ storymap: { slides } }) };
  }

  it('keeps the good slides and numbers the bad ones', async () => {
    const { story, notes } = await importOk(
      storymap([
        { date: '2020-05-01', text: { headline: 'Good' }, location: { lat: '10', lon: '20' } },
        { date: 'someday', text: { headline: 'Unreadable date' } },
        { date: '', text: { headline: 'No date' } },
        42,
        { date: '2020', text: { headline: 'Off the Earth' }, location: { lat: 95, lon: 0 } },
        { date: 'Jun 3', text: { headline: 'Yearless, after 2020' } },
      ]),
    );
    expect(story.events.map((event) => event.title)).toEqual([
      'Good',
      'Off the Earth',
      'Yearless, after 2020',
    ]);
    expect(story.events[1]!.place).toBeUndefined();
    expect(notes).toContain('left out: a date that does not read ("someday") (slide 2)');
    expect(notes).toContain('left out: no date (slide 3)');
    expect(notes).toContain('left out: not a StoryMapJS slide (slide 4)');
    expect(notes).toContain('a location off the Earth: kept without a place (slide 5)');
    expect(storyProblems(story)).toEqual([]);
  });

  it('leaves out a yearless date with no year before it', async () => {
    const result = await importStoryFile(
      storymap([{ date: 'Aug 23', text: { headline: 'When?' } }]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([{ code: 'no-events', file: 'broken.json' }]);
      expect(result.notes).toContainEqual({
        reason: { code: 'left-out', why: { code: 'yearless-no-earlier', text: 'Aug 23' } },
        part: 'slide',
        numbers: [1],
      });
    }
  });

  it('says so when slides is not a list', async () => {
    const result = await importStoryFile(storymap('none'));
    expect(inEnglish(result)).toEqual({
      ok: false,
      format: 'storymapjs',
      problems: ['"broken.json": its "storymap.slides" is not a list of slides'],
    });
  });
});
