/** A story for the map's tests: marks of every geometry, and events far away in Moscow. */
import { parseStory } from '../../src/story/parse-story';
import type { Story } from '../../src/story/story';
import { createDatelineStore, type DatelineStore } from '../../src/state/store';
import type { UrlState } from '../../src/state/url-state';
import { validEvent, validStory } from '../story/story-builders';

const QUOTE = [{ source: 'article', quote: 'Troops began exercises on Monday, October 18, 2021' }];

function event(id: string, kind: string, time: object, place: object) {
  return validEvent({ id, title: `Event ${id}`, kind, time, place, excerpts: QUOTE });
}

const moscow = (id: string, start: string) =>
  event(
    id,
    'diplomacy',
    { start, precision: 'day' },
    {
      name: 'Moscow',
      geometry: { type: 'Point', coordinates: [37.62, 55.76] },
      uncertaintyKm: 15,
    },
  );

/** Raw story data: parse it, or change it first. */
export function mapStoryData() {
  return validStory({
    events: [
      event(
        'exercise',
        'exercise',
        { start: '2021-10-18', end: '2021-10-23', precision: 'day' },
        {
          name: 'Training ground',
          geometry: { type: 'Point', coordinates: [68.6, 37.35] },
          uncertaintyKm: 25,
        },
      ),
      event(
        'statement',
        'statement',
        { start: '2021-10-18', precision: 'day' },
        {
          name: 'Dushanbe',
          geometry: { type: 'Point', coordinates: [68.78, 38.56] },
          uncertaintyKm: 0,
        },
      ),
      event(
        'buildup',
        'military-presence',
        { start: '2021-09', precision: 'approximate' },
        {
          name: 'Tajik–Afghan border',
          geometry: {
            type: 'LineString',
            coordinates: [
              [67.3, 37.2],
              [68.5, 37.1],
              [70.3, 37.6],
            ],
          },
          uncertaintyKm: 30,
        },
      ),
      event(
        'advance',
        'conflict',
        { start: '2021-05', end: '2021-08', precision: 'month' },
        {
          name: 'Afghanistan',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [62, 31],
                [70, 31],
                [70, 37],
                [62, 37],
                [62, 31],
              ],
            ],
          },
          uncertaintyKm: 0,
        },
      ),
      moscow('talks', '2021-10-20'),
      moscow('conference', '2021-03-18'),
    ],
  });
}

/** The map test story, parsed. */
export function mapStory(): Story {
  const result = parseStory(mapStoryData());
  if (!result.ok)
    throw new Error(`map test story does not parse: ${JSON.stringify(result.problems)}`);
  if (result.problems.length > 0)
    throw new Error(`map test story has problems: ${JSON.stringify(result.problems)}`);
  return result.story;
}

/** A store that has loaded the map test story. */
export function mapStore(initial: UrlState = {}): DatelineStore {
  const store = createDatelineStore(initial);
  store.getState().storyLoaded(parseStory(mapStoryData()));
  return store;
}
