import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import PresentLayout from '../../src/present/PresentLayout';
import { AUTOPLAY_INTERVAL_MS } from '../../src/present/use-autoplay';
import { storeWithStory } from '../fixtures/load-fixture';
import { unplacedStoryData } from '../story/unplaced-story';
import { renderWithStore } from '../fixtures/render-with-store';

// No WebGL in jsdom; the map has its own tests.
vi.mock('../../src/map/MapView', () => ({ MapView: () => <div>map</div> }));
// The handout's basemap is fetched in the browser; here it arrives at once, empty.
vi.mock('../../src/present/handout-geo', () => ({
  fetchGeoFiles: () => async () => ({}),
  loadHandoutGeo: () => Promise.resolve({ land: [], focus: [], lakes: [], border: [], labels: [] }),
}));

function renderPresentation(initial = {}) {
  const store = storeWithStory(undefined, { mode: 'present', ...initial });
  renderWithStore(<PresentLayout />, store);
  return store;
}

const card = () => screen.getByRole('article');
const cardTitle = () => within(card()).getByRole('heading', { level: 2 });

beforeEach(() => {
  window.history.replaceState(null, '', '/?mode=present');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('PresentLayout', () => {
  it('opens on step 1 with its excerpt and source', () => {
    renderPresentation();
    expect(cardTitle()).toHaveTextContent('Russian base in Tajikistan reinforced');
    expect(
      within(card()).getByText(/Russia reinforced its base in Tajikistan in March/),
    ).toBeInTheDocument();
    expect(card()).toHaveTextContent('Allies rehearse border defence in southern Tajikistan');
    expect(card()).toHaveTextContent('March 2021');
  });

  it('goes to step 2 on the right arrow', async () => {
    const store = renderPresentation();
    await userEvent.keyboard('{ArrowRight}');
    expect(store.getState().stepIndex).toBe(1);
    expect(cardTitle()).toHaveTextContent('Officials meet in Dushanbe to discuss the border');
    expect(card()).toHaveTextContent('about August 2021');
  });

  it('says each step in a polite live region', async () => {
    renderPresentation();
    await userEvent.keyboard('{ArrowRight}');
    const region = screen.getByText(/^Step 2 of 4:/);
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent(
      'Step 2 of 4: Officials meet in Dushanbe to discuss the border, about August 2021',
    );
  });

  it('opens on the step a link names', () => {
    renderPresentation({ step: 3 });
    expect(cardTitle()).toHaveTextContent('Ministry');
  });

  it('steps with the on-screen buttons and dots', async () => {
    const store = renderPresentation();
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(store.getState().stepIndex).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: /^Step 4:/ }));
    expect(store.getState().stepIndex).toBe(3);
    expect(screen.getByRole('button', { name: /^Step 4:/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    await userEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(store.getState().stepIndex).toBe(2);
  });

  it('does not step past the last step', async () => {
    const store = renderPresentation({ step: 4 });
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByRole('button', { name: /Next/ })).toHaveAttribute('aria-disabled', 'true');
    expect(store.getState().stepIndex).toBe(3);
  });

  it('jumps to a step by its number: a single digit with 9 steps or fewer', async () => {
    const store = renderPresentation();
    await userEvent.keyboard('3');
    expect(store.getState().stepIndex).toBe(2);
  });

  it('blanks the screen on B and brings it back on any key', async () => {
    const store = renderPresentation();
    await userEvent.keyboard('b');
    expect(screen.getByTestId('blank-screen')).toBeInTheDocument();
    expect(screen.getByText(/The screen is blank/)).toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.queryByTestId('blank-screen')).not.toBeInTheDocument();
    expect(store.getState().stepIndex).toBe(0);
  });

  it('lists the keys on ? and closes the list on Esc', async () => {
    renderPresentation();
    await userEvent.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keys' });
    expect(dialog).toHaveTextContent('Next step');
    expect(dialog).toHaveTextContent('Blank the screen');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('moves on by itself after the autoplay interval, and stops on P', () => {
    vi.useFakeTimers();
    const store = renderPresentation();
    fireEvent.keyDown(window, { key: 'p' });
    expect(screen.getByRole('button', { name: /Autoplay/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    act(() => vi.advanceTimersByTime(AUTOPLAY_INTERVAL_MS));
    expect(store.getState().stepIndex).toBe(1);
    fireEvent.keyDown(window, { key: 'p' });
    act(() => vi.advanceTimersByTime(AUTOPLAY_INTERVAL_MS * 2));
    expect(store.getState().stepIndex).toBe(1);
  });

  it('prints the handout from its button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderPresentation();
    await userEvent.click(screen.getByRole('button', { name: 'Print handout' }));
    await vi.waitFor(() => expect(print).toHaveBeenCalledOnce());
    print.mockRestore();
  });

  it('draws the handout, a page per step, when a print starts', () => {
    renderPresentation();
    expect(screen.queryByLabelText('Printed handout')).not.toBeInTheDocument();
    fireEvent(window, new Event('beforeprint'));
    const handout = screen.getByLabelText('Printed handout');
    expect(handout).not.toBeVisible();
    expect(within(handout).getAllByRole('article', { hidden: true })).toHaveLength(4);
  });

  it('prints a step without a place with no map, saying it is not on the map', () => {
    const store = storeWithStory(unplacedStoryData(), { mode: 'present' });
    renderWithStore(<PresentLayout />, store);
    fireEvent(window, new Event('beforeprint'));
    const handout = screen.getByLabelText('Printed handout');
    const pages = within(handout).getAllByRole('article', { hidden: true });
    const unplaced = pages.find((page) => page.textContent?.includes('Officials meet'));
    expect(unplaced?.textContent).toContain('Not on the map');
    expect(unplaced?.querySelector('svg[role="img"]')).toBeNull();
    expect(within(handout).getAllByRole('img', { hidden: true, name: /^Map of / })).toHaveLength(3);
  });

  it('opens the presenter view in a second window on the current step', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    renderPresentation();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.click(screen.getByRole('button', { name: 'Presenter view' }));
    expect(open).toHaveBeenCalledWith(
      expect.stringMatching(/\?mode=presenter&step=2$/),
      'dateline-presenter',
      expect.any(String),
    );
    open.mockRestore();
  });
});
