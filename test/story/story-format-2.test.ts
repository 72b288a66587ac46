import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/story/parse-story';
import { describeProblem } from '../fixtures/describe-problem';
import { storySchema } from '../../src/story/story-schema';
import { storySchemaV1 } from '../../src/story/story-schema-v1';
import { validEvent, validSource, validStory } from './story-builders';

function messages(result: ReturnType<typeof parseStory>): string[] {
  return result.problems.map(describeProblem);
}

function v2Story(overrides: Record<string, unknown> = {}) {
  return validStory({ format: 2, ...overrides });
}

describe('story format 2', () => {
  it('says a newer format needs a newer Dateline, and nothing else', () => {
    const result = parseStory(v2Story({ format: 3, somethingNew: true }));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      {
        path: 'format',
        code: 'newer-format',
        format: 3,
      },
    ]);
    expect(messages(result)).toEqual([
      'format: This story is format 3; this version of Dateline reads formats 1 and 2. Update Dateline to open it.',
    ]);
  });

  it('refuses a format that never existed', () => {
    const result = parseStory(v2Story({ format: 0 }));
    expect(messages(result)).toContain('format must be 1 or 2');
  });

  it('reads a format 1 file and a format 2 file to the same story', () => {
    const one = parseStory(validStory());
    const two = parseStory(v2Story());
    expect(one.ok && two.ok).toBe(true);
    expect(two).toEqual(one);
  });

  it('keeps the kinds a story declares, in its order', () => {
    const kinds = [
      { id: 'quake', label: 'Earthquake', color: '#b2182b', symbol: 'circle' },
      { id: 'aftershock', label: 'Aftershock' },
    ];
    const result = parseStory(v2Story({ kinds }));
    expect(result.ok && result.story.kinds).toEqual(kinds);
  });

  it('reports a bad kind declaration and keeps the good ones', () => {
    const kinds = [
      { id: 'quake', label: 'Earthquake', color: 'red' },
      { id: 'flood', label: 'Flood', symbol: 'blob' },
      { id: 'fire', label: 'Fire' },
      { id: 'fire', label: 'Wildfire' },
    ];
    const result = parseStory(v2Story({ kinds }));
    expect(result.ok && result.story.kinds.map((kind) => kind.id)).toEqual(['fire']);
    expect(messages(result)).toContain('kinds[0].color must be a colour written "#rrggbb"');
    expect(messages(result).some((text) => text.startsWith('kinds[1].symbol'))).toBe(true);
    expect(messages(result)).toContain('kinds[3].id repeats the id "fire"');
  });

  it('keeps the map settings a story gives', () => {
    const map = {
      view: { center: [69.5, 37.5], zoom: 5 },
      focusCountries: ['TJ', 'AF'],
      borders: [{ countries: ['TJ', 'AF'], label: 'Panj' }],
    };
    const result = parseStory(v2Story({ map }));
    expect(result.ok && result.story.map).toEqual(map);
  });

  it('leaves out a bad part of the map settings and keeps the rest', () => {
    const map = { view: { center: [200, 0], zoom: 5 }, focusCountries: ['TJ'] };
    const result = parseStory(v2Story({ map }));
    expect(result.ok && result.story.map).toEqual({ focusCountries: ['TJ'] });
    expect(messages(result)).toContain('map.view.center[0] must be at most 180');
  });

  it('refuses a border between a country and itself', () => {
    const result = parseStory(v2Story({ map: { borders: [{ countries: ['TJ', 'TJ'] }] } }));
    expect(messages(result)).toContain(
      'map.borders[0].countries must name two different countries',
    );
  });

  it('loads a source whose publication date is unknown', () => {
    const source = validSource();
    const { published: _published, ...undated } = source;
    const result = parseStory(v2Story({ sources: [undated] }));
    expect(result.ok && result.story.sources[0]?.published).toBeUndefined();
    expect(result.problems).toEqual([]);
  });

  it('keeps an event under review with its reasons', () => {
    const review = {
      status: 'guess',
      reasons: [{ field: 'time', text: "'on Tuesday'", alternatives: ['2021-10-26'] }],
    };
    const story = v2Story();
    const result = parseStory({ ...story, events: [validEvent({ review })] });
    expect(result.ok && result.story.events[0]?.review).toEqual(review);
  });

  it('reports a review naming a field that does not exist', () => {
    const review = { status: 'guess', reasons: [{ field: 'colour', text: 'guessed' }] };
    const result = parseStory({ ...v2Story(), events: [validEvent({ review })] });
    expect(result.ok && result.story.events).toEqual([]);
    expect(
      messages(result).some((text) => text.startsWith('events[0].review.reasons[0].field')),
    ).toBe(true);
  });
});

describe('times of day', () => {
  function timed(time: Record<string, unknown>) {
    return parseStory({ ...v2Story(), events: [validEvent({ time })] });
  }

  it('places a time with a zone at the clock time written, covering one minute', () => {
    const result = timed({ start: '2021-10-19T02:30+05:00', precision: 'minute' });
    const time = result.ok ? result.story.events[0]?.time : undefined;
    expect(time?.start).toBe(Date.UTC(2021, 9, 19, 2, 30));
    expect(time?.end).toBe(Date.UTC(2021, 9, 19, 2, 31));
    expect(time?.startDate.time).toEqual({ hour: 2, minute: 30, offsetMinutes: 300 });
  });

  it('places a time without a zone at the clock time written', () => {
    const result = timed({ start: '2021-10-19T14:30', precision: 'minute' });
    expect(result.ok && result.story.events[0]?.time.start).toBe(Date.UTC(2021, 9, 19, 14, 30));
  });

  it('lets a time known to the hour cover the whole hour', () => {
    const result = timed({ start: '2021-10-19T14:00Z', precision: 'hour' });
    const time = result.ok ? result.story.events[0]?.time : undefined;
    expect(time?.end).toBe(Date.UTC(2021, 9, 19, 15));
  });

  it('refuses hour precision on a time written to the minute', () => {
    const result = timed({ start: '2021-10-19T14:30', precision: 'hour' });
    expect(messages(result)[0]).toMatch(/^events\[0\]\.time\.precision is "hour"/);
  });

  it('refuses minute precision on a date without a time', () => {
    const result = timed({ start: '2021-10-19', precision: 'minute' });
    expect(messages(result)[0]).toMatch(/^events\[0\]\.time\.precision is "minute"/);
  });

  it.each(['2021-10-19T24:00', '2021-10-19T14:60', '2021-10-19T14:30+15:00', '2021-02-30T10:00'])(
    'refuses the impossible time %s',
    (start) => {
      const result = timed({ start, precision: 'minute' });
      expect(messages(result)).toContain(
        'events[0].time.start is not a real date, time or time zone',
      );
    },
  );

  it('orders times of one day by their clock time, after nothing of another day', () => {
    const late = validEvent({
      id: 'late',
      time: { start: '2021-10-19T14:00Z', precision: 'minute' },
    });
    const early = validEvent({
      id: 'early',
      time: { start: '2021-10-19T09:00+05:00', precision: 'minute' },
    });
    const dayBefore = validEvent({
      id: 'day-before',
      time: { start: '2021-10-18', precision: 'day' },
    });
    const result = parseStory({ ...v2Story(), events: [late, early, dayBefore] });
    expect(result.ok && result.story.events.map((event) => event.id)).toEqual([
      'day-before',
      'early',
      'late',
    ]);
  });

  it('reports an end before the start', () => {
    const result = timed({
      start: '2021-10-19T14:00+05:00',
      end: '2021-10-19T13:00+05:00',
      precision: 'minute',
    });
    expect(messages(result)).toContain('events[0].time.end is before time.start');
  });
});

describe('published schemas', () => {
  const shipped: unknown = JSON.parse(readFileSync('public/stories/csto-2021.json', 'utf8'));

  it('a version 1 file is valid against the version 1 schema', () => {
    const v1 = validStory();
    expect(storySchemaV1.safeParse(v1).success).toBe(true);
  });

  it('a version 1 file becomes a valid version 2 file by its number alone', () => {
    expect(storySchema.safeParse(v2Story()).success).toBe(true);
    expect(storySchema.safeParse(validStory()).success).toBe(false);
  });

  it('the shipped story is valid against its own format', () => {
    const format =
      typeof shipped === 'object' && shipped !== null && 'format' in shipped
        ? shipped.format
        : undefined;
    const schema = format === 1 ? storySchemaV1 : storySchema;
    expect(schema.safeParse(shipped).success).toBe(true);
  });
});
