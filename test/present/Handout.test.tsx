import { describe, expect, it } from 'vitest';
import { Handout } from '../../src/present/Handout';
import { parseStory } from '../../src/story/parse-story';
import { storeWithParsed } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';
import { guessedStoryData, steppedStoryData } from './present-story';

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

describe('Handout of a draft', () => {
  it('prints a guess as a guess: the note in words and a dashed ring on its map marker', () => {
    const { container } = renderWithStore(
      <Handout geo={undefined} />,
      storeWithParsed(parseStory(guessedStoryData())),
    );
    const pages = [...container.querySelectorAll('.handout__step, section, article')].filter(
      (page) => page.querySelector('.handout__title'),
    );
    const guessed = pages.find((page) => page.textContent?.includes("'the base' read as Dushanbe"));
    expect(guessed).toBeDefined();
    expect(guessed?.querySelector('.guess-badge')).toHaveTextContent('Guess');
    expect(guessed?.querySelectorAll('.sm-guess').length).toBeGreaterThan(0);
    // The confirmed steps print no guess mark.
    expect(container.querySelectorAll('.guess-badge')).toHaveLength(1);
    expect(container.querySelectorAll('.sm-guess').length).toBe(
      guessed?.querySelectorAll('.sm-guess').length,
    );
  });
});
