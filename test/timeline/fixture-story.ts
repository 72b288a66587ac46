/** A small story for timeline tests: one event decades back, the rest in Aug–Oct 2021. */
import { parseStory } from '../../src/story/parse-story';
import type { Story } from '../../src/story/story';

const TEXT =
  'War. Talks in March. Kabul fell. Drills. Build-up. Ministers spoke. Exercises. Troika met.';

function event(
  id: string,
  kind: string,
  start: string,
  end: string | undefined,
  precision: string,
  quote: string,
) {
  return {
    id,
    title: `Title of ${id}`,
    kind,
    time: { start, ...(end ? { end } : {}), precision },
    place: {
      name: 'Dushanbe',
      geometry: { type: 'Point', coordinates: [68.78, 38.56] },
      uncertaintyKm: 5,
    },
    excerpts: [{ source: 'article', quote }],
  };
}

/** The story file as JSON would deliver it. */
export const FIXTURE = {
  format: 1,
  id: 'fixture',
  title: 'Fixture story',
  language: 'en',
  sources: [
    {
      id: 'article',
      title: 'An article',
      publisher: 'A paper',
      published: '2021-10-18',
      language: 'en',
      text: TEXT,
    },
  ],
  events: [
    event('war', 'conflict', '2001-10', '2021-08', 'month', 'War.'),
    event('march-talks', 'diplomacy', '2021-03', undefined, 'month', 'Talks in March.'),
    event('kabul', 'conflict', '2021-08-15', undefined, 'day', 'Kabul fell.'),
    event('drills', 'exercise', '2021-08', '2021-09', 'month', 'Drills.'),
    event('buildup', 'military-presence', '2021-09-25', '2021-10-18', 'approximate', 'Build-up.'),
    event('ministers', 'statement', '2021-10-15', undefined, 'day', 'Ministers spoke.'),
    event('csto', 'exercise', '2021-10-18', '2021-10-23', 'day', 'Exercises.'),
    event('troika', 'diplomacy', '2021-10-19', undefined, 'day', 'Troika met.'),
  ],
};

/** The parsed fixture; throws if the fixture itself is broken. */
export function fixtureStory(): Story {
  const result = parseStory(FIXTURE);
  if (!result.ok || result.problems.length > 0)
    throw new Error(`bad fixture: ${JSON.stringify(result.problems)}`);
  return result.story;
}
