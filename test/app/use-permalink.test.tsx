import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PERMALINK_DELAY_MS, usePermalink } from '../../src/app/use-permalink';
import { createDatelineStore, type DatelineStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { storeWithStory } from '../fixtures/load-fixture';

function Permalink() {
  usePermalink();
  return null;
}

function mount(store: DatelineStore) {
  render(
    <StoreProvider store={store}>
      <Permalink />
    </StoreProvider>,
  );
}

beforeEach(() => {
  window.history.replaceState(null, '', '/app/?story=mini-story#top');
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('usePermalink', () => {
  it('writes the selected event into the URL once the view rests', () => {
    const store = storeWithStory(undefined, { story: 'mini-story' });
    mount(store);
    act(() => store.getState().select('border-talks', 'list'));
    act(() => vi.advanceTimersByTime(PERMALINK_DELAY_MS));
    expect(window.location.search).toBe('?story=mini-story&event=border-talks');
  });

  it('keeps the path and the hash', () => {
    const store = storeWithStory(undefined, { story: 'mini-story' });
    mount(store);
    act(() => store.getState().select('border-talks', 'list'));
    act(() => vi.advanceTimersByTime(PERMALINK_DELAY_MS));
    expect(window.location.pathname).toBe('/app/');
    expect(window.location.hash).toBe('#top');
  });

  it('waits until the changes stop, then writes once', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const store = storeWithStory(undefined, { story: 'mini-story' });
    mount(store);
    for (const zoom of [4, 5, 6, 7]) {
      act(() => store.getState().setCamera({ lon: 69, lat: 38, zoom }, 'map'));
      act(() => vi.advanceTimersByTime(PERMALINK_DELAY_MS / 2));
    }
    expect(replace).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(PERMALINK_DELAY_MS));
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?story=mini-story&view=69,38,7');
  });

  it('never adds history entries', () => {
    const push = vi.spyOn(window.history, 'pushState');
    const store = storeWithStory(undefined, { story: 'mini-story' });
    mount(store);
    act(() => store.getState().select('border-talks', 'list'));
    act(() => vi.advanceTimersByTime(PERMALINK_DELAY_MS));
    expect(push).not.toHaveBeenCalled();
  });

  it('does not rewrite the link while the story is loading', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const store = createDatelineStore({ story: 'mini-story', event: 'border-talks' });
    mount(store);
    act(() => store.getState().setCamera({ lon: 69, lat: 38, zoom: 5 }, 'map'));
    act(() => vi.advanceTimersByTime(PERMALINK_DELAY_MS * 2));
    expect(replace).not.toHaveBeenCalled();
  });

  it('does not rewrite the link for changes it does not carry, such as hover', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const store = storeWithStory(undefined, { story: 'mini-story' });
    mount(store);
    act(() => store.getState().hover('border-talks'));
    act(() => vi.advanceTimersByTime(PERMALINK_DELAY_MS * 2));
    expect(replace).not.toHaveBeenCalled();
  });
});
