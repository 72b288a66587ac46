import { describe, expect, it } from 'vitest';
import { windowSyncOf } from '../../src/map/draws-on-gpu';
import { eventFeatures } from '../../src/map/event-features';
import { EVENT_LAYER_IDS } from '../../src/map/event-layers';
import { readsWindow, storyLayers } from '../../src/map/story-layers';
import type { Story, StoryEvent } from '../../src/story/story';
import { storyWithManyEvents } from '../fixtures/many-events';
import { fixtureStory } from '../timeline/fixture-story';

const ids = (story: Story, gpu: boolean) => {
  const { beneathLabels, onTop } = storyLayers(eventFeatures(story), gpu, 'light');
  return [...beneathLabels, ...onTop].map((layer) => layer.id);
};

describe('storyLayers', () => {
  it('leaves the guesses’ rings to the GPU marks, with the markers', () => {
    const story = fixtureStory();
    expect(ids(story, false)).toContain(EVENT_LAYER_IDS.guessRing);
    expect(ids(story, true)).not.toContain(EVENT_LAYER_IDS.guessRing);
    expect(ids(story, true)).not.toContain(EVENT_LAYER_IDS.markers);
  });
});

describe('windowSyncOf', () => {
  it('follows a small story’s window by feature state: no filter reads it', () => {
    expect(readsWindow(storyLayers(eventFeatures(fixtureStory()), false, 'light'))).toBe(false);
    expect(windowSyncOf(fixtureStory())).toBe('state');
  });

  it('leaves a large story of points alone, whose every mark is on the GPU', () => {
    const story = storyWithManyEvents(12_000);
    expect(story.events.every((event) => event.place?.geometry.type === 'Point')).toBe(true);
    expect(windowSyncOf(story)).toBe('none');
  });

  it('filters a large story’s areas by the window in global state', () => {
    const story = storyWithManyEvents(12_000);
    const [first, ...rest] = story.events;
    if (!first) throw new Error('no events');
    const ring: [number, number][] = [
      [60, 30],
      [61, 30],
      [61, 31],
      [60, 31],
      [60, 30],
    ];
    const area: StoryEvent = {
      ...first,
      place: {
        name: 'A square',
        uncertaintyKm: 0,
        geometry: {
          type: 'Polygon' as const,
          coordinates: [ring],
        },
      },
    };
    expect(windowSyncOf({ ...story, events: [area, ...rest] })).toBe('filter');
  });
});
