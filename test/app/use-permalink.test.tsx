import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PERMALINK_DELAY_MS, usePermalink, WINDOW_REST_MS } from '../../src/app/use-permalink';
import { createDatelineStore, type DatelineStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { serializeUrlState } from '../../src/state/url-state';
import { storeWithStory } from '../fixtures/load-fixture';

// The real serializer, counted: a scrub step must not write the query string out.
vi.mock('../../src/state/url-state', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/state/url-state')>();
  return { ...actual, serializeUrlState: vi.fn(actual.serializeUrlState) };
});

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

  it('writes the query string out once after a run of window steps, not once per step', () => {
    const store = storeWithStory(undefined, { story: 'mini-story' });
    mount(store);
    vi.mocked(serializeUrlState).mockClear();
    const { from, to } = store.getState().window;
    for (let day = 1; day <= 5; day += 1) {
      act(() => store.getState().setWindow({ from, to: to - day * 86_400_000 }));
    }
    expect(serializeUrlState).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(WINDOW_REST_MS));
    expect(serializeUrlState).toHaveBeenCalledTimes(1);
    expect(window.location.search).toContain('to=');
  });

  it('does not write between window steps slower than the view rest (a large story)', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const store = storeWithStory(undefined, { story: 'mini-story' });
    mount(store);
    const { from, to } = store.getState().window;
    for (let day = 1; day <= 3; day += 1) {
      act(() => store.getState().setWindow({ from, to: to - day * 86_400_000 }));
      act(() => vi.advanceTimersByTime(PERMALINK_DELAY_MS * 2));
    }
    expect(replace).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(WINDOW_REST_MS));
    expect(replace).toHaveBeenCalledTimes(1);
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
