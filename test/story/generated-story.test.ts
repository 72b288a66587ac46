import { describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/generate-story.mjs';
import { MAX_STORY_BYTES } from '../../src/story/load-story';
import { parseStory } from '../../src/story/parse-story';

describe('the benchmark story generator', () => {
  it('makes stories that parse with no problems', () => {
    const result = parseStory(generateStory(500));
    expect(result.problems).toEqual([]);
    expect(result.ok && result.story.events).toHaveLength(500);
  });

  it('writes 100,000 events under the size limit a story may have', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(generateStory(100_000))).length;
    expect(bytes).toBeLessThan(MAX_STORY_BYTES);
  });
});
