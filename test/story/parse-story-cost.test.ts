import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseStory } from '../../src/story/parse-story';
import { validEvent, validSource, validStory } from './story-builders';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checking quotes is linear in the source', () => {
  // Searched excerpt by excerpt, 3,000 absent quotes over a 915 KB source took about 4 s. The work
  // is counted, not timed: how many whole-source searches the check makes.
  it('searches a 915 KB source a handful of times for 3,000 excerpts, not once per excerpt', () => {
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
    const includes = vi.spyOn(String.prototype, 'includes');
    const result = parseStory(story);
    const wholeSearches = includes.mock.contexts.filter(
      (searched) => String(searched).length > 900_000,
    ).length;
    expect(result.problems).toHaveLength(3000);
    expect(wholeSearches).toBeLessThanOrEqual(10);
  });
});
