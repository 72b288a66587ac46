import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHEET_QUERY, StandardLayout, TALL_SHEET_QUERY } from '../../src/app/StandardLayout';
import { storeWithStory } from '../fixtures/load-fixture';
import { stubMatchMedia } from '../fixtures/match-media';
import { renderWithStore } from '../fixtures/render-with-store';

vi.mock('../../src/map/MapView', () => ({ MapView: () => <div>map</div> }));
vi.mock('../../src/timeline/Timeline', () => ({
  Timeline: () => <button type="button">Play</button>,
}));

/** A window as wide as a phone (the details sheet query matches) or a desktop. */
function stubWidth(phone: boolean) {
  stubMatchMedia((query) => query === SHEET_QUERY && phone);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const EXERCISE = 'Joint exercise near the Afghan border';

describe('StandardLayout', () => {
  it('on a phone, takes what the details sheet covers out of reach while it is open', () => {
    stubWidth(true);
    const store = storeWithStory();
    renderWithStore(<StandardLayout />, store);
    expect(screen.getByRole('button', { name: 'Play' })).not.toHaveAttribute('inert');
    act(() => store.getState().select('joint-exercise', 'list'));
    expect(screen.getByRole('button', { name: 'Play' }).closest('[inert]')).not.toBeNull();
    expect(document.getElementById('events')?.closest('[inert]')).not.toBeNull();
  });

  it('on a short phone screen (or at 400% zoom), takes the map out of reach under the sheet', async () => {
    stubMatchMedia((query) => query === SHEET_QUERY || query === TALL_SHEET_QUERY);
    const store = storeWithStory();
    renderWithStore(<StandardLayout />, store);
    expect((await screen.findByText('map')).closest('[inert]')).toBeNull();
    act(() => store.getState().select('joint-exercise', 'list'));
    expect(screen.getByText('map').closest('[inert]')).not.toBeNull();
  });

  it('on a tall phone screen, leaves the map above the sheet in reach', async () => {
    stubWidth(true);
    const store = storeWithStory();
    renderWithStore(<StandardLayout />, store);
    act(() => store.getState().select('joint-exercise', 'list'));
    expect((await screen.findByText('map')).closest('[inert]')).toBeNull();
  });

  it('on a wide screen, leaves the timeline and list in reach with an event selected', () => {
    stubWidth(false);
    const store = storeWithStory();
    renderWithStore(<StandardLayout />, store);
    act(() => store.getState().select('joint-exercise', 'list'));
    expect(screen.getByRole('button', { name: 'Play' }).closest('[inert]')).toBeNull();
    expect(screen.getByRole('button', { name: EXERCISE }).closest('[inert]')).toBeNull();
  });

  it('lets go of the selected event on Escape', async () => {
    stubWidth(false);
    const store = storeWithStory();
    renderWithStore(<StandardLayout />, store);
    await userEvent.click(screen.getByRole('button', { name: EXERCISE }));
    expect(store.getState().selectedId).toBeDefined();
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selectedId).toBeUndefined();
  });
});
