import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/story/parse-story';
import { validEvent, validSource, validStory } from './story-builders';

describe('checking quotes is linear in the source', () => {
  // Searched excerpt by excerpt, 3,000 absent quotes over a 915 KB source took about 4 s.
  it('checks 3,000 excerpts against a 915 KB source quickly', () => {
    let text = '';
    for (let sentence = 0; text.length < 915_000; sentence += 1) {
      text += `Sentence ${sentence} says the troops — «войска» — moved near the border.\n\n`;
    }
    const events = Array.from({ length: 3000 }, (_, index) =>
      validEvent({
        id: `event-${index}`,
        excerpts: [{ source: 'article', quote: `Sentence ${index}#` }],
      }),
    );
    const story = validStory({ sources: [validSource({ text })], events });
    const start = performance.now();
    const result = parseStory(story);
    const ms = performance.now() - start;
    expect(result.problems).toHaveLength(3000);
    // About 0.3 s of it is the quote check now; the rest is schema parsing.
    expect(ms).toBeLessThan(2500);
  });
});
