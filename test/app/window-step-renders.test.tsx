import { act, screen } from '@testing-library/react';
import type { ComponentProps, ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { StandardLayout } from '../../src/app/StandardLayout';
import { EventList } from '../../src/panels/EventList';
import type { EventRow as RealEventRow } from '../../src/panels/EventRow';
import { DAY_MS } from '../../src/time/partial-date';
import { storeWithParsed } from '../fixtures/load-fixture';
import { storyWithManyEvents } from '../fixtures/many-events';
import { renderWithStore } from '../fixtures/render-with-store';

// Renders of the parts a time-window step should leave alone, and of the list's rows.
const renders = vi.hoisted(() => ({
  map: 0,
  details: 0,
  reader: 0,
  header: 0,
  rows: 0,
  swatches: 0,
}));

vi.mock('../../src/map/MapView', () => ({
  MapView: () => {
    renders.map += 1;
    return <div>map</div>;
  },
}));
vi.mock('../../src/panels/EventDetails', () => ({
  EventDetails: () => {
    renders.details += 1;
    return <div>details</div>;
  },
}));
vi.mock('../../src/panels/ArticleReader', () => ({
  ArticleReader: () => {
    renders.reader += 1;
    return null;
  },
}));
vi.mock('../../src/app/Header', () => ({
  Header: () => {
    renders.header += 1;
    return <header>header</header>;
  },
}));
vi.mock('../../src/panels/EventRow', async (importOriginal) => {
  const real = await importOriginal<{ EventRow: typeof RealEventRow }>();
  return {
    EventRow: (props: ComponentProps<typeof RealEventRow>) => {
      renders.rows += 1;
      return <real.EventRow {...props} />;
    },
  };
});

vi.mock('../../src/panels/KindSwatch', () => ({
  KindSwatch: () => {
    renders.swatches += 1;
    return null;
  },
}));

describe('a time-window step in the standard layout', () => {
  const story = storyWithManyEvents(20_000);
  const { from } = story.span;

  /** `ui` (the layout) with 5,000 days in the window; `step` takes one day off its end. */
  function opened(ui: ReactElement = <StandardLayout />) {
    const store = storeWithParsed({ ok: true, story, problems: [] });
    renderWithStore(ui, store);
    act(() => store.getState().setWindow({ from, to: from + 5000 * DAY_MS }));
    return () => act(() => store.getState().setWindow({ from, to: from + 4999 * DAY_MS }));
  }

  it('re-renders only what reads the window: not the map, details, reader or header', () => {
    const step = opened();
    const before = { ...renders };
    step();
    expect(screen.getAllByText(/4,999 of 20,000/).length).toBeGreaterThan(0);
    expect({ ...renders, rows: 0, swatches: 0 }).toEqual({ ...before, rows: 0, swatches: 0 });
  });

  it('re-renders a screenful of rows per step, not the thousands in the window', () => {
    const step = opened();
    const before = renders.rows;
    step();
    expect(renders.rows - before).toBeGreaterThan(0);
    expect(renders.rows - before).toBeLessThanOrEqual(50);
  });

  it('leaves the content of rows that stay on screen alone: only their place is said anew', () => {
    const step = opened(<EventList />);
    const before = renders.swatches;
    step();
    expect(screen.getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '4999');
    expect(renders.swatches - before).toBe(0);
  });
});
