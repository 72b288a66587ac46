import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import PresenterView from '../../src/present/PresenterView';
import { storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';
import { steppedStoryData } from './present-story';

vi.mock('../../src/map/static-map-geo', () => ({
  fetchGeoFiles: () => async () => ({}),
  loadHandoutGeo: () => new Promise(() => {}),
}));

function renderPresenter() {
  const store = storeWithStory(steppedStoryData(), { mode: 'presenter' });
  renderWithStore(<PresenterView />, store);
  return store;
}

const preview = () => screen.getByRole('region', { name: 'Audience screen' });

describe('the presenter’s preview of the audience screen', () => {
  it('shows the audience’s card for the current step, with its step count', () => {
    renderPresenter();
    const card = within(preview()).getByRole('article', { hidden: true });
    expect(card).toHaveTextContent('Step 1 of 4');
    expect(card).toHaveTextContent('Russian base in Tajikistan reinforced');
  });

  it('follows the presenter to the next step', async () => {
    renderPresenter();
    await userEvent.keyboard('{PageDown}');
    expect(within(preview()).getByRole('article', { hidden: true })).toHaveTextContent(
      'Officials meet in Dushanbe',
    );
  });

  it('draws a still map, not a second interactive one', () => {
    renderPresenter();
    expect(within(preview()).getByRole('img', { hidden: true })).toHaveAccessibleName(
      /^Still map of \d+ events?$/,
    );
    expect(within(preview()).queryByRole('note', { hidden: true })).toBeNull();
  });

  it('is inert: nothing in it takes focus or clicks', () => {
    renderPresenter();
    const screenCopy = preview().querySelector('.audience-preview__screen');
    expect(screenCopy).toHaveAttribute('inert');
    expect(within(preview()).getByRole('article', { hidden: true })).toHaveAttribute('tabindex');
  });

  it('goes blank when the audience screen is blanked', async () => {
    renderPresenter();
    await userEvent.click(screen.getByRole('button', { name: 'Blank audience screen' }));
    expect(preview()).toHaveTextContent('Blank: the audience sees an empty screen');
    expect(within(preview()).queryByRole('article', { hidden: true })).toBeNull();
  });
});
