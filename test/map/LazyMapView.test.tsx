/** When the map engine starts: beside a small story's check, after a big story's text. */
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LazyMapView } from '../../src/map/LazyMapView';
import { createDatelineStore } from '../../src/state/store';
import { miniStory } from '../fixtures/load-fixture';
import { storyWithManyEvents } from '../fixtures/many-events';
import { renderWithStore } from '../fixtures/render-with-store';

// The engine itself (MapLibre) cannot run in jsdom: a stand-in says when it has started.
vi.mock('../../src/map/MapView', () => ({
  MapView: () => <section aria-label="Map engine" />,
}));

/** Waits for the frame after a commit and the task after it, when a held engine starts. */
async function nextFrame(): Promise<void> {
  await act(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10))),
  );
}

describe('the map engine', () => {
  it('waits while nothing says how big the story is', async () => {
    renderWithStore(<LazyMapView />, createDatelineStore());
    await nextFrame();
    expect(screen.queryByRole('region', { name: 'Map engine' })).not.toBeInTheDocument();
  });

  it('starts while a small story is still being checked', async () => {
    const store = createDatelineStore();
    renderWithStore(<LazyMapView />, store);
    act(() => store.getState().storyProgress({ phase: 'checking', events: 20 }));
    expect(await screen.findByRole('region', { name: 'Map engine' })).toBeInTheDocument();
  });

  it(
    'waits while a big story is checked, and starts once its text is in',
    { timeout: 30_000 },
    async () => {
      const store = createDatelineStore();
      renderWithStore(<LazyMapView />, store);
      act(() => store.getState().storyProgress({ phase: 'checking', events: 10_000 }));
      await nextFrame();
      expect(screen.queryByRole('region', { name: 'Map engine' })).not.toBeInTheDocument();
      const story = storyWithManyEvents(10_000);
      act(() => store.getState().storyLoaded({ ok: true, story, problems: [] }));
      // After its map data, built in slices (map-prelude.ts): slow in jsdom on a busy machine.
      const engine = await screen.findByRole('region', { name: 'Map engine' }, { timeout: 20_000 });
      expect(engine).toBeInTheDocument();
    },
  );

  it('starts at once for a story that is already in', async () => {
    const store = createDatelineStore();
    store.getState().storyLoaded({ ok: true, story: miniStory(), problems: [] });
    renderWithStore(<LazyMapView />, store);
    expect(await screen.findByRole('region', { name: 'Map engine' })).toBeInTheDocument();
  });

  it("starts at once in a page whose HTML holds the story's still first map", async () => {
    // The build prerenders only the small shipped story: its map need not wait for its file.
    const still = document.body.appendChild(document.createElement('div'));
    still.className = 'first-map';
    try {
      renderWithStore(<LazyMapView />, createDatelineStore());
      expect(await screen.findByRole('region', { name: 'Map engine' })).toBeInTheDocument();
    } finally {
      still.remove();
    }
  });
});
