import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import EmbedLayout from '../../src/embed/EmbedLayout';
import { parseUrlState } from '../../src/state/url-state';
import { storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';

// The map needs WebGL and the timeline has its own tests: the layout is tested around them.
vi.mock('../../src/map/MapView', () => ({
  MapView: ({ cooperativeGestures }: { cooperativeGestures?: boolean }) => (
    <div>{cooperativeGestures ? 'map with cooperative gestures' : 'map'}</div>
  ),
}));
vi.mock('../../src/timeline/Timeline', () => ({
  Timeline: ({ compact }: { compact?: boolean }) => (
    <div>{compact ? 'compact timeline' : 'timeline'}</div>
  ),
}));

function setup(initial = {}) {
  const store = storeWithStory(undefined, { mode: 'embed', ...initial });
  renderWithStore(<EmbedLayout />, store);
  return { store, user: userEvent.setup() };
}

const sheetToggle = () => screen.getByRole('button', { name: /^Details:/ });

describe('EmbedLayout', () => {
  it('keeps the sheet closed at first, its toggle naming the story', () => {
    setup();
    expect(sheetToggle()).toHaveAttribute('aria-expanded', 'false');
    expect(sheetToggle()).toHaveAccessibleName('Details: Drills on the Tajik–Afghan border');
  });

  it('names the selected event on the toggle', () => {
    setup({ event: 'joint-exercise' });
    expect(sheetToggle()).toHaveAccessibleName('Details: Joint exercise near the Afghan border');
  });

  it('opens the sheet from its toggle and shows the excerpt', async () => {
    const { user } = setup({ event: 'joint-exercise' });
    await user.click(sheetToggle());
    expect(sheetToggle()).toHaveAttribute('aria-expanded', 'true');
    const sheet = screen.getByRole('region', { name: 'Details and events' });
    expect(sheet).toHaveAttribute('data-open', 'true');
    expect(within(sheet).getAllByRole('blockquote').length).toBeGreaterThan(0);
  });

  it('closes the sheet on a second press of the toggle', async () => {
    const { user } = setup();
    await user.click(sheetToggle());
    await user.click(sheetToggle());
    expect(sheetToggle()).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps the Events list for screen readers while the sheet is closed', () => {
    setup();
    const list = screen.getByRole('list', { name: 'Events' });
    expect(within(list).getAllByRole('button')).toHaveLength(4);
  });

  it('opens the sheet when the keyboard moves into it, and Escape closes it', async () => {
    const { user } = setup();
    sheetToggle().focus();
    await user.tab(); // Open full story
    await user.tab(); // the first event in the list
    expect(
      within(screen.getByRole('list', { name: 'Events' })).getAllByRole('button')[0],
    ).toHaveFocus();
    expect(sheetToggle()).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(sheetToggle()).toHaveAttribute('aria-expanded', 'false');
    expect(sheetToggle()).toHaveFocus();
  });

  it('links to the full story at the same view, in a new tab, without the embed mode', () => {
    setup({ event: 'joint-exercise', origin: ['https://news.example'] });
    const link = screen.getByRole('link', { name: /Open full story/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    const { state } = parseUrlState(new URL(link.getAttribute('href') ?? '').search);
    expect(state.event).toBe('joint-exercise');
    expect(state.mode).toBeUndefined();
    expect(state.origin).toBeUndefined();
  });

  it('gives the map cooperative gestures and uses the compact timeline', () => {
    setup();
    expect(screen.getByText('map with cooperative gestures')).toBeInTheDocument();
    expect(screen.getByText('compact timeline')).toBeInTheDocument();
  });

  it("names the timeline toggle by the window's dates and opens it", async () => {
    const { user } = setup();
    const toggle = screen.getByRole('button', { name: /^Timeline:/ });
    expect(toggle).toHaveAccessibleName('Timeline: 1 Mar – 23 Oct 2021');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(sheetToggle()).toHaveAttribute('aria-expanded', 'false');
  });

  it('marks a static embed when controls=0', () => {
    setup({ controls: false });
    expect(screen.getByRole('main')).toHaveAttribute('data-controls', 'off');
  });
});
