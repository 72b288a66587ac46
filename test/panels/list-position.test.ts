import { describe, expect, it } from 'vitest';
import { positionIn } from '../../src/panels/list-position';
import { eventsInWindow } from '../../src/state/selectors';
import { parseStory } from '../../src/story/parse-story';
import { generateStory } from '../../scripts/generate-story.mjs';

// A parsed story with many ties of start and end (every kind, range and precision).
const parsed = parseStory(generateStory(2000));
if (!parsed.ok) throw new Error('the generated story did not parse');
const { events } = parsed.story;

describe('positionIn', () => {
  it("finds every event where walking the story's list finds it", () => {
    events.forEach((event, index) => expect(positionIn(events, event)).toBe(index));
  });

  it('finds events in a time window, and not those outside it', () => {
    const middle = events[1000];
    if (!middle) throw new Error('story too short');
    const window = { from: middle.time.start, to: middle.time.start + 30 * 86_400_000 };
    const shown = eventsInWindow(events, window);
    for (const event of events) {
      expect(positionIn(shown, event)).toBe(shown.indexOf(event));
    }
  });

  it('finds nothing for no event', () => {
    expect(positionIn(events, undefined)).toBe(-1);
  });
});
