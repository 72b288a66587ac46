import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventDetails } from '../../src/panels/EventDetails';
import { EventList } from '../../src/panels/EventList';
import { StepCard } from '../../src/present/StepCard';
import { parseStory } from '../../src/story/parse-story';
import { storeWithStory } from '../fixtures/load-fixture';
import { GUESS_ID, TIME_REASON, guessStoryData } from '../fixtures/guess-story';
import { renderWithStore } from '../fixtures/render-with-store';

function storeShowing(id: string) {
  const store = storeWithStory(guessStoryData());
  store.getState().select(id, 'list');
  return store;
}

describe('a guess in the details panel', () => {
  it('is marked "Guess" in words, with each reason and the other readings', () => {
    renderWithStore(<EventDetails />, storeShowing(GUESS_ID));
    const note = screen.getByRole('region', { name: 'Guess' });
    expect(note).toHaveTextContent(`Date: ${TIME_REASON}`);
    expect(note).toHaveTextContent("Place: 'Moscow' read as the capital of Russia");
    expect(note).toHaveTextContent('Could also be: Moscow, Idaho.');
  });

  it('is not marked on a confirmed event', () => {
    renderWithStore(<EventDetails />, storeShowing('joint-exercise'));
    expect(screen.queryByText('Guess')).not.toBeInTheDocument();
  });
});

describe('a guess in the events list', () => {
  it('shows the badge in its row and says it in the row description', () => {
    renderWithStore(<EventList />, storeWithStory(guessStoryData()));
    const guess = screen.getByRole('button', {
      name: 'Officials meet in Dushanbe to discuss the border',
    });
    expect(guess).toHaveAccessibleDescription(expect.stringMatching(/, Guess$/));
    expect(within(guess.closest('li')!).getByText('Guess')).toBeInTheDocument();
    const confirmed = screen.getByRole('button', { name: 'Joint exercise near the Afghan border' });
    expect(confirmed).not.toHaveAccessibleDescription(expect.stringMatching(/Guess/));
  });
});

describe('a guess in the presentation', () => {
  it('carries the badge on its card, with the reasons folded under "Why it is a guess"', async () => {
    const parsed = parseStory(guessStoryData());
    if (!parsed.ok) throw new Error('the guess story does not parse');
    const story = parsed.story;
    const event = story.events.find((item) => item.id === GUESS_ID)!;
    renderWithStore(<StepCard story={story} event={event} index={0} count={1} />, storeWithStory());
    const card = screen.getByRole('article');
    expect(within(card).getByText('Guess')).toBeVisible();
    await userEvent.click(within(card).getByText('Why it is a guess'));
    expect(within(card).getByText(TIME_REASON, { exact: false })).toBeVisible();
  });
});
