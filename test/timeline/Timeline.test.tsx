import { selectEvents, selectVisibleEvents } from '../../src/state/selectors';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatelineStore } from '../../src/state/store';
import { Timeline } from '../../src/timeline/Timeline';
import { SCRUB_START } from '../../src/time/scrub-timing';
import { storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';
import { FIXTURE } from './fixture-story';
import { stubMatchMedia } from '../fixtures/match-media';

const DAY = 86_400_000;
const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

function setup(): { store: DatelineStore; user: ReturnType<typeof userEvent.setup> } {
  const store = storeWithStory(FIXTURE);
  renderWithStore(<Timeline />, store);
  return { store, user: userEvent.setup() };
}

beforeEach(() => {
  // jsdom has no canvas: the timeline must cope with getContext returning null.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('Timeline window sliders', () => {
  it('names the window start and reads its date', () => {
    setup();
    const start = screen.getByRole('slider', { name: 'Window start' });
    expect(start.getAttribute('aria-valuetext')).toMatch(/^1 October 2001,/);
  });

  it('reads the window end as the last day shown', () => {
    setup();
    expect(
      screen.getByRole('slider', { name: 'Window end' }).getAttribute('aria-valuetext'),
    ).toMatch(/^23 October 2021,/);
  });

  it('says how many events are shown after each move, not only the date', async () => {
    const { store, user } = setup();
    const end = screen.getByRole('slider', { name: 'Window end' });
    end.focus();
    await user.keyboard('{PageDown}{PageDown}{PageDown}');
    const shown = selectVisibleEvents(store.getState()).length;
    const total = selectEvents(store.getState()).length;
    expect(shown).toBeLessThan(total);
    expect(end.getAttribute('aria-valuetext')).toMatch(
      new RegExp(`, ${shown} of ${total} events shown$`),
    );
  });

  it('moves the start one day later with ArrowRight', async () => {
    const { store, user } = setup();
    screen.getByRole('slider', { name: 'Window start' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(store.getState().window.from).toBe(day('2001-10-02'));
    expect(
      screen.getByRole('slider', { name: 'Window start' }).getAttribute('aria-valuetext'),
    ).toMatch(/^2 October 2001,/);
  });

  it('moves the end one day earlier with ArrowLeft', async () => {
    const { store, user } = setup();
    screen.getByRole('slider', { name: 'Window end' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().window.to).toBe(day('2021-10-23'));
  });

  it('moves the end to the start with Home and back to the story end with End', async () => {
    const { store, user } = setup();
    const end = screen.getByRole('slider', { name: 'Window end' });
    end.focus();
    await user.keyboard('{Home}');
    expect(store.getState().window).toEqual({ from: day('2001-10-01'), to: day('2001-10-02') });
    await user.keyboard('{End}');
    expect(store.getState().window.to).toBe(day('2021-10-24'));
  });

  it('moves the start a month with Page Up', async () => {
    const { store, user } = setup();
    screen.getByRole('slider', { name: 'Window start' }).focus();
    await user.keyboard('{PageUp}');
    expect(store.getState().window.from).toBe(day('2001-11-01'));
  });

  it('moves the whole window, keeping its length', async () => {
    const { store, user } = setup();
    act(() => store.getState().setWindow({ from: day('2021-10-10'), to: day('2021-10-15') }));
    screen.getByRole('slider', { name: 'Window' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(store.getState().window).toEqual({ from: day('2021-10-11'), to: day('2021-10-16') });
  });

  it('marks the scrub start when a key moves the window', async () => {
    const { user } = setup();
    performance.clearMarks(SCRUB_START);
    screen.getByRole('slider', { name: 'Window start' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(performance.getEntriesByName(SCRUB_START)).toHaveLength(1);
  });
});

describe('Timeline window before the axis has a width', () => {
  // The build's prerender, and the app's first render hidden beside it: jsdom lays out nothing,
  // so every axis here has no width.
  it('places the window in percent of the axis, where it will be at any width', () => {
    const { store } = setup();
    act(() => {
      store.getState().setAxis({ from: day('2021-08-01'), to: day('2021-11-01') });
      store.getState().setWindow({ from: day('2021-09-01'), to: day('2021-10-01') });
    });
    const axisDays = 92;
    const percent = (days: number) => `${Math.round((days / axisDays) * 10_000) / 100}%`;
    const band = document.querySelector<HTMLElement>('.timeline-band');
    expect(band?.style.left).toBe(percent(31));
    expect(band?.style.width).toBe(percent(30));
    const end = screen.getByRole('slider', { name: 'Window end' });
    expect(end.style.left).toBe(percent(61));
  });

  it('keeps a window that starts before the axis at its left end', () => {
    const { store } = setup();
    act(() => {
      store.getState().setAxis({ from: day('2021-08-01'), to: day('2021-11-01') });
      store.getState().setWindow({ from: day('2021-01-01'), to: day('2021-10-01') });
    });
    const band = document.querySelector<HTMLElement>('.timeline-band');
    expect(band?.style.left).toBe('0%');
    expect(band?.style.width).toBe(`${Math.round((61 / 92) * 10_000) / 100}%`);
  });
});

describe('Timeline summary', () => {
  it('says which days and how many events are shown', () => {
    const { store } = setup();
    act(() => store.getState().setWindow({ from: day('2021-10-18'), to: day('2021-10-24') }));
    expect(screen.getByText(/Showing 18–23 Oct 2021/)).toHaveTextContent('3 of 8 events');
  });

  it('shows every event again with "Show all"', async () => {
    const { store, user } = setup();
    act(() => store.getState().setWindow({ from: day('2021-10-18'), to: day('2021-10-24') }));
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(store.getState().window).toEqual(store.getState().story?.span);
  });
});

describe('Timeline zoom', () => {
  it('opens on the weeks where most events fall', () => {
    const { store } = setup();
    const { axis } = store.getState();
    expect(axis.from).toBeGreaterThan(day('2021-07-01'));
    expect(axis.to).toBeLessThan(day('2021-11-15'));
  });

  it('says how many events lie before the axis', () => {
    setup();
    expect(screen.getByRole('button', { name: /1 earlier event/ })).toBeInTheDocument();
  });

  it('halves the axis span with "Zoom timeline in"', async () => {
    const { store, user } = setup();
    const before = store.getState().axis;
    await user.click(screen.getByRole('button', { name: 'Zoom timeline in' }));
    const after = store.getState().axis;
    expect(after.to - after.from).toBeCloseTo((before.to - before.from) / 2, -3);
  });

  it('doubles the axis span with "Zoom timeline out"', async () => {
    const { store, user } = setup();
    const before = store.getState().axis;
    await user.click(screen.getByRole('button', { name: 'Zoom timeline out' }));
    const after = store.getState().axis;
    expect(after.to - after.from).toBeCloseTo((before.to - before.from) * 2, -3);
  });

  it('zooms in with the + key', async () => {
    const { store, user } = setup();
    const before = store.getState().axis;
    screen.getByRole('button', { name: 'Zoom timeline out' }).focus();
    await user.keyboard('+');
    expect(store.getState().axis.to - store.getState().axis.from).toBeLessThan(
      before.to - before.from,
    );
  });

  it('shows the whole story with "Fit all"', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    const { axis, story } = store.getState();
    expect(axis.from).toBeLessThanOrEqual(story!.span.from);
    expect(axis.to).toBeGreaterThanOrEqual(story!.span.to);
  });

  it('frames the window with "Zoom to window"', async () => {
    const { store, user } = setup();
    act(() => store.getState().setWindow({ from: day('2021-10-18'), to: day('2021-10-24') }));
    await user.click(screen.getByRole('button', { name: 'Zoom to window' }));
    const { axis } = store.getState();
    expect(axis.from).toBeLessThan(day('2021-10-18'));
    expect(axis.from).toBeGreaterThan(day('2021-10-10'));
    expect(axis.to).toBeGreaterThan(day('2021-10-24'));
    expect(axis.to).toBeLessThan(day('2021-11-01'));
  });
});

describe('Timeline playback', () => {
  it('turns Play into Pause and sets the store playing', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('stops with Pause', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
  });

  it('moves the window end forward while playing', () => {
    vi.useFakeTimers();
    const { store } = setup();
    act(() => store.getState().setPlaying(true));
    const first = store.getState().window.to;
    act(() => vi.advanceTimersByTime(1000));
    expect(store.getState().window.to).toBeGreaterThan(first);
  });

  it('steps a day at a time normally', () => {
    vi.useFakeTimers();
    const { store } = setup();
    act(() => store.getState().setPlaying(true));
    const first = store.getState().window.to;
    act(() => vi.advanceTimersByTime(120));
    expect(store.getState().window.to - first).toBe(DAY);
  });

  it('takes fewer, larger, slower steps when the reader prefers reduced motion', () => {
    vi.useFakeTimers();
    stubMatchMedia((query) => query.includes('reduce'));
    const { store } = setup();
    act(() => store.getState().setPlaying(true));
    const first = store.getState().window.to;
    act(() => vi.advanceTimersByTime(999));
    expect(store.getState().window.to).toBe(first);
    act(() => vi.advanceTimersByTime(1));
    expect(store.getState().window.to - first).toBeGreaterThanOrEqual(5 * DAY);
  });

  it('stops by itself at the end of the axis', () => {
    vi.useFakeTimers();
    const { store } = setup();
    act(() => store.getState().setPlaying(true));
    act(() => vi.advanceTimersByTime(60_000));
    expect(store.getState().playing).toBe(false);
    expect(store.getState().window.to).toBe(store.getState().story!.span.to);
  });
});

describe('Timeline previous and next', () => {
  it('selects the next event in time order, as a timeline selection', async () => {
    const { store, user } = setup();
    act(() => store.getState().select('ministers', 'list'));
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(store.getState().selectedId).toBe('csto');
    expect(store.getState().selectionOrigin).toBe('timeline');
  });

  it('selects the previous event in time order', async () => {
    const { store, user } = setup();
    act(() => store.getState().select('ministers', 'list'));
    await user.click(screen.getByRole('button', { name: 'Previous event' }));
    expect(store.getState().selectedId).toBe('buildup');
  });

  it('moves the window to include an event outside it', async () => {
    const { store, user } = setup();
    act(() => {
      store.getState().setWindow({ from: day('2021-10-10'), to: day('2021-10-16') });
      store.getState().select('ministers', 'list');
    });
    await user.click(screen.getByRole('button', { name: 'Next event' }));
    expect(store.getState().window).toEqual({ from: day('2021-10-13'), to: day('2021-10-19') });
  });

  it('does nothing after the last event', async () => {
    const { store, user } = setup();
    act(() => store.getState().select('troika', 'list'));
    const next = screen.getByRole('button', { name: 'Next event' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(store.getState().selectedId).toBe('troika');
  });
});

describe('Timeline canvas', () => {
  it('hides the canvas from assistive technology', () => {
    const { container } = renderWithStore(<Timeline />, storeWithStory(FIXTURE));
    expect(container.querySelector('canvas')).toHaveAttribute('aria-hidden', 'true');
  });
});
