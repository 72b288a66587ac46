// Which of a sentence's places is where its event happened.
import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/draft';
import { storySchema } from '../../src/story/story-schema';
import { gazetteer } from './gazetteer-fixture';

function places(text: string): (string | undefined)[] {
  const result = draftArticle(text, gazetteer(), { published: '2026-12-05' });
  return storySchema.parse(result.story).events.map((e) => e.place?.name);
}

describe('the place of an event', () => {
  it('is not a country named as the owner of something ("Russia\'s defence ministry")', () => {
    expect(
      places(
        "Russia's defence ministry said on Saturday that its forces had taken a village in Donetsk Oblast.",
      ),
    ).toEqual(['Donetsk Oblast']);
    // Where the country is where, it is still the place.
    expect(places('Drones struck Russia on Saturday, the ministry said.')).toEqual([
      'Russian Federation',
    ]);
  });

  it('is the region when the sentence names regions ("the Kharkiv and Odesa regions")', () => {
    expect(
      places(
        'Russian drones struck energy facilities in the Kharkiv and Odesa regions on Saturday, Ukrainian officials said.',
      ),
    ).toEqual(['Kharkiv Oblast']);
  });

  it('is sought where the news is, not around who said it and when', () => {
    expect(
      places(
        'Israeli strikes killed at least 40 people in Rafah and Khan Younis overnight, health officials in the Gaza Strip said on Saturday.',
      ),
    ).toEqual(['Rafah']);
  });
});
