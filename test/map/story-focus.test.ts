// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { storyFocus } from '../../src/map/story-focus';
import { parseStoryText } from '../../src/story/parse-story';
import { validStory } from '../story/story-builders';

function storyWith(map: unknown) {
  const parsed = parseStoryText(JSON.stringify(validStory({ format: 2, map })));
  if (!parsed.ok) throw new Error('fixture story does not parse');
  return parsed.story;
}

describe('storyFocus', () => {
  it('reads the focus countries and borders from the story’s map block', () => {
    const focus = storyFocus(
      storyWith({ focusCountries: ['CL'], borders: [{ countries: ['CL', 'AR'], label: 'Andes' }] }),
    );
    expect(focus).toEqual({
      focusCountries: ['CL'],
      borders: [{ countries: ['CL', 'AR'], label: 'Andes' }],
    });
  });

  it('sets nothing apart for a story without a map block', () => {
    expect(storyFocus(storyWith(undefined))).toEqual({ focusCountries: [], borders: [] });
    expect(storyFocus(undefined)).toEqual({ focusCountries: [], borders: [] });
  });
});
