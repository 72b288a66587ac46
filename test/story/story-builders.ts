/** Small, valid story objects for tests; each test changes only what it is about. */
import type { StoryEvent } from '../../src/story/story';

export const SOURCE_TEXT =
  'Troops began exercises on Monday, October 18, 2021, near the border.\n\nTalks will follow in March.';

export function validSource(overrides: Record<string, unknown> = {}) {
  return {
    id: 'article',
    title: 'Exercises near the border',
    publisher: 'Example News',
    url: 'https://news.example/exercises',
    published: '2021-10-18',
    language: 'en',
    text: SOURCE_TEXT,
    ...overrides,
  };
}

export function validEvent(overrides: Record<string, unknown> = {}) {
  return {
    id: 'exercises',
    title: 'Exercises begin',
    kind: 'exercise',
    time: { start: '2021-10-18', end: '2021-10-23', precision: 'day' },
    place: {
      name: 'Dushanbe',
      country: 'TJ',
      geometry: { type: 'Point', coordinates: [68.78, 38.54] },
      uncertaintyKm: 5,
    },
    excerpts: [{ source: 'article', quote: 'Troops began exercises on Monday, October 18, 2021' }],
    context: [],
    ...overrides,
  };
}

export function validStory(overrides: Record<string, unknown> = {}) {
  return {
    format: 1,
    id: 'test-story',
    title: 'A test story',
    summary: 'Two events.',
    language: 'en',
    sources: [validSource()],
    events: [
      validEvent(),
      validEvent({
        id: 'talks',
        title: 'Talks',
        kind: 'diplomacy',
        time: { start: '2022-03', precision: 'month' },
        excerpts: [{ source: 'article', quote: 'Talks will follow in March.' }],
      }),
    ],
    ...overrides,
  };
}

/**
 * A parsed event over [start, end) in ms since 1970, for tests of time order and time windows
 * (its calendar date is not read there).
 */
export function eventSpanning(id: string, start: number, end: number): StoryEvent {
  return {
    id,
    title: id,
    kind: 'other',
    time: {
      start,
      end,
      precision: 'day',
      startDate: { year: 1970, month: 1, day: 1 },
      isRange: true,
    },
    excerpts: [],
    context: [],
  };
}
