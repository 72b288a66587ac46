import { describe, expect, it } from 'vitest';
import { generateStory } from '../../scripts/generate-story.mjs';
import { parseStory } from '../../src/story/parse-story';

describe('the benchmark story generator', () => {
  it('makes stories that parse with no problems', () => {
    const result = parseStory(generateStory(500));
    expect(result.problems).toEqual([]);
    expect(result.ok && result.story.events).toHaveLength(500);
  });
});
