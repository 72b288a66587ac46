/** Small, valid story objects for tests; each test changes only what it is about. */
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
