import { describe, expect, it } from 'vitest';
import { Handout } from '../../src/present/Handout';
import { parseStory } from '../../src/story/parse-story';
import { storeWithParsed } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';
import { steppedStoryData } from './present-story';

describe('Handout', () => {
  it('credits both sources of the printed map: Natural Earth and GeoNames', () => {
    const { container } = renderWithStore(
      <Handout geo={undefined} />,
      storeWithParsed(parseStory(steppedStoryData())),
    );
    const credits = [...container.querySelectorAll('.handout__credit')];
    expect(credits).toHaveLength(4);
    for (const credit of credits) {
      expect(credit).toHaveTextContent(/Natural Earth/);
      expect(credit).toHaveTextContent(/GeoNames \(CC BY 4\.0\)/);
    }
  });
});
