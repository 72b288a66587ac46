import { describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/generate-story.mjs';
import { eventsBounds } from '../../src/geo/event-bounds';
import { prepareMapData } from '../../src/map/map-prelude';
import { timeMarksOf } from '../../src/map/time-marks/time-marks-of';
import { parseStory } from '../../src/story/parse-story';

function bigStory(events: number) {
  const result = parseStory(generateStory(events));
  if (!result.ok) throw new Error('generated story did not parse');
  return result.story;
}

describe('prepareMapData', () => {
  it("gives the page its turn while it builds a big story's map data", async () => {
    const story = bigStory(3_000);
    let pauses = 0;
    await prepareMapData(story, () => {
      pauses += 1;
      // Each slice runs at most 8 ms; wait past that so the next one is timed afresh.
      return new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(pauses).toBeGreaterThan(2);
  });

  it('leaves the box the camera opens on as the whole story computed at once', async () => {
    const story = bigStory(1_500);
    await prepareMapData(story, () => Promise.resolve());
    // A copy of the list is not the prelude's (the box is kept per list), so it is built anew.
    expect(eventsBounds(story.events)).toEqual(eventsBounds([...story.events]));
  });

  it("leaves a big story's GPU marks built, one per event", async () => {
    const story = bigStory(1_500);
    await prepareMapData(story, () => Promise.resolve());
    expect(timeMarksOf(story, 'light').data.count).toBe(story.events.length);
  });
});
