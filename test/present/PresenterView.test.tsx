import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PresentLayout from '../../src/present/PresentLayout';
import PresenterView from '../../src/present/PresenterView';
import { storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';
import { guessedStoryData, steppedStoryData } from './present-story';

vi.mock('../../src/map/MapView', () => ({ MapView: () => <div>map</div> }));
vi.mock('../../src/map/static-map-geo', () => ({
  fetchGeoFiles: () => async () => ({}),
  loadHandoutGeo: () => new Promise(() => {}),
}));

function renderPresenter(initial = {}) {
  const store = storeWithStory(steppedStoryData(), { mode: 'presenter', ...initial });
  renderWithStore(<PresenterView />, store);
  return store;
}

const section = (name: RegExp) => screen.getByRole('region', { name });

afterEach(() => {
  vi.useRealTimers();
});

describe('PresenterView', () => {
  it('shows the current step, the next step and the speaker notes', () => {
    renderPresenter();
    const now = section(/^Now · step 1 of 4/);
    expect(within(now).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Russian base in Tajikistan reinforced',
    );
    expect(now).toHaveTextContent('March 2021');
    expect(now).toHaveTextContent('Russia reinforced its base in Tajikistan in March');
    expect(section(/^Next · step 2/)).toHaveTextContent('Officials meet in Dushanbe');
    expect(section(/^Notes/)).toHaveTextContent('Start with the base: it is why Russia is there.');
  });

  it('marks a step that is still a guess, with its reasons, and only that step', () => {
    renderWithStore(<PresenterView />, storeWithStory(guessedStoryData(), { mode: 'presenter' }));
    const guess = within(section(/^Now · step 1 of 4/)).getByRole('region', { name: 'Guess' });
    expect(guess).toHaveTextContent("'the base' read as Dushanbe");
    expect(within(section(/^Next · step 2/)).queryByRole('region', { name: 'Guess' })).toBeNull();
  });

  it('moves on with the keys a clicker sends', async () => {
    const store = renderPresenter();
    await userEvent.keyboard('{PageDown}');
    expect(store.getState().stepIndex).toBe(1);
    expect(section(/^Notes/)).toHaveTextContent('Late summer talks.');
  });

  it('says when a step has no notes, and when it is the last', () => {
    renderPresenter({ step: 4 });
    expect(section(/^Notes/)).toHaveTextContent('No notes for this step.');
    expect(section(/^Next/)).toHaveTextContent('This is the last step.');
  });

  it('counts the time since it opened', () => {
    vi.useFakeTimers();
    renderPresenter();
    expect(screen.getByRole('timer', { name: 'Elapsed time' })).toHaveTextContent('0:00');
    act(() => vi.advanceTimersByTime(65_000));
    expect(screen.getByRole('timer', { name: 'Elapsed time' })).toHaveTextContent('1:05');
  });

  it('blanks the audience screen from its button', async () => {
    renderPresenter();
    const button = screen.getByRole('button', { name: 'Blank audience screen' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/The audience screen is blank/)).toBeInTheDocument();
  });

  it('keeps the audience screen in step, both ways', async () => {
    const audience = storeWithStory(steppedStoryData(), { mode: 'present' });
    renderWithStore(<PresentLayout />, audience);
    const presenter = renderPresenter();
    await vi.waitFor(() =>
      expect(screen.getByText('Linked to the audience screen')).toBeInTheDocument(),
    );
    const presenterNav = screen.getAllByRole('navigation', { name: 'Steps' })[1]!;
    await userEvent.click(within(presenterNav).getByRole('button', { name: /Next/ }));
    await vi.waitFor(() => expect(audience.getState().stepIndex).toBe(1));
    act(() => audience.getState().goToStep(3));
    await vi.waitFor(() => expect(presenter.getState().stepIndex).toBe(3));
    expect(section(/^Now · step 4 of 4/)).toBeInTheDocument();
  });
});
