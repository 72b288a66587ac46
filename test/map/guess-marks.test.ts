import { describe, expect, it } from 'vitest';
import { eventFeatures } from '../../src/map/event-features';
import { EVENT_LAYER_IDS, eventLayers, haloName, parseHaloName } from '../../src/map/event-layers';
import { parseStory } from '../../src/story/parse-story';
import { GUESS_ID, guessStoryData } from '../fixtures/guess-story';

function guessStory() {
  const parsed = parseStory(guessStoryData());
  if (!parsed.ok) throw new Error('the guess story does not parse');
  return parsed.story;
}

describe('a guess on the map', () => {
  it('is flagged on its marker feature, and only a guess is', () => {
    const flagged = eventFeatures(guessStory())
      .markers.features.filter((feature) => feature.properties.guess)
      .map((feature) => feature.properties.id);
    expect(flagged).toEqual([GUESS_ID]);
  });

  it('gets a dashed ring drawn under its marker, for guesses only', () => {
    const { beneathLabels } = eventLayers('light', 'state');
    const ids = beneathLabels.map((layer) => layer.id);
    const ring = beneathLabels.find((layer) => layer.id === EVENT_LAYER_IDS.guessRing);
    expect(ids.indexOf(EVENT_LAYER_IDS.guessRing)).toBeLessThan(
      ids.indexOf(EVENT_LAYER_IDS.markers),
    );
    expect(ring && 'filter' in ring ? ring.filter : undefined).toEqual([
      '==',
      ['get', 'guess'],
      true,
    ]);
    expect(ring?.layout).toMatchObject({ 'icon-image': haloName('guess', 'light') });
  });

  it('names its ring image so the missing-image resolver can draw it in either theme', () => {
    expect(parseHaloName(haloName('guess', 'dark'))).toEqual({ halo: 'guess', theme: 'dark' });
  });
});
