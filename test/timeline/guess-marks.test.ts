import { describe, expect, it } from 'vitest';
import { storyMarks } from '../../src/timeline/event-layout';
import { parseStory } from '../../src/story/parse-story';
import { GUESS_ID, guessStoryData } from '../fixtures/guess-story';

describe('guesses on the timeline', () => {
  it('flags exactly the guessed events, so their marks get a dashed ring', () => {
    const parsed = parseStory(guessStoryData());
    if (!parsed.ok) throw new Error('the guess story does not parse');
    const marks = storyMarks(parsed.story);
    const flagged = marks.ids.filter((_id, index) => marks.guesses[index] === 1);
    expect(flagged).toEqual([GUESS_ID]);
  });
});
