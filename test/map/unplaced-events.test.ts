import { describe, expect, it } from 'vitest';
import { eventAnchors, eventFeatures } from '../../src/map/event-features';
import { parseStory } from '../../src/story/parse-story';
import type { Story } from '../../src/story/story';
import { UNPLACED_ID, unplacedStoryData } from '../story/unplaced-story';

function story(): Story {
  const result = parseStory(unplacedStoryData());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.story;
}

describe('an event without a place', () => {
  it('loads with the story, without a problem', () => {
    const result = parseStory(unplacedStoryData());
    expect(result.problems).toEqual([]);
    expect(result.ok && result.story.events.map((event) => event.id)).toContain(UNPLACED_ID);
  });

  it('draws no map feature', () => {
    const features = eventFeatures(story());
    const ids = [
      ...features.markers.features,
      ...features.areas.features,
      ...features.lines.features,
    ].map((feature) => feature.properties.id);
    expect(ids).not.toContain(UNPLACED_ID);
    expect(features.markers.features.length).toBeGreaterThan(0);
  });

  it('has no anchor for the edge markers', () => {
    expect(eventAnchors(story()).map((anchor) => anchor.id)).not.toContain(UNPLACED_ID);
  });
});
