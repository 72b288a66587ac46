import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/story/parse-story';
import { storySchema } from '../../src/story/story-schema';
import { hostileStory } from '../browser/hostile/hostile-stories';

describe('the hostile stories', () => {
  it('are 10,000 schema-valid stories that all load, every event kept', () => {
    let events = 0;
    let kept = 0;
    for (let seed = 0; seed < 10_000; seed += 1) {
      const data = hostileStory(seed);
      expect(storySchema.safeParse(data).success).toBe(true);
      const result = parseStory(data);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      kept += result.story.events.length;
      events += Array.isArray(Reflect.get(Object(data), 'events'))
        ? Reflect.get(Object(data), 'events').length
        : 0;
    }
    expect(kept).toBe(events);
  }, 60_000);
});
