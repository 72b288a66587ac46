import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventList } from '../../src/panels/EventList';
import { createDatelineStore } from '../../src/state/store';
import { storyWithManyEvents } from '../fixtures/many-events';
import { miniStoryData, storeWithParsed, storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';
import { unplacedStoryData } from '../story/unplaced-story';

const OCTOBER = { from: Date.UTC(2021, 9, 1), to: Date.UTC(2021, 10, 1) };

function eventButtons() {
  return within(screen.getByRole('list', { name: 'Events' })).getAllByRole('button');
}

function names(buttons: HTMLElement[]) {
  return buttons.map((button) => button.textContent);
}

describe('EventList', () => {
  it('gives no count while the story loads, where "0 events" would say it has none', () => {
    const store = createDatelineStore();
    store.getState().storyProgress({ phase: 'checking', events: 100_000 });
    renderWithStore(<EventList />, store);
    expect(screen.getByRole('heading', { name: 'Events' })).toBeInTheDocument();
    expect(screen.queryByText(/\d events?$/)).not.toBeInTheDocument();
    act(() =>
      store.getState().storyLoaded({ ok: true, story: storyWithManyEvents(3), problems: [] }),
    );
    expect(screen.getByText('3 events')).toBeInTheDocument();
  });

  it('names each row by words it shows, so the name contains the visible title (WCAG 2.5.3)', () => {
    renderWithStore(<EventList />, storeWithStory());
    for (const button of eventButtons()) {
      expect(button).toHaveAccessibleName(button.textContent);
      expect(button).toHaveAccessibleDescription(/2021/);
    }
  });

  it('lists every event in time order, as buttons named by title', () => {
    renderWithStore(<EventList />, storeWithStory());
    const buttons = eventButtons();
    expect(names(buttons)).toEqual([
      'Russian base in Tajikistan reinforced',
      'Officials meet in Dushanbe to discuss the border',
      'Ministry calls the exercise defensive',
      'Joint exercise near the Afghan border',
    ]);
    expect(buttons[0]).toHaveAccessibleName('Russian base in Tajikistan reinforced');
  });

  it("names each event's kind by the story's own label", () => {
    const data = {
      ...miniStoryData(),
      format: 2,
      kinds: [{ id: 'exercise', label: 'Drill' }],
    };
    renderWithStore(<EventList />, storeWithStory(data));
    expect(
      screen.getByRole('button', { name: 'Joint exercise near the Afghan border' }),
    ).toHaveAccessibleDescription('18–23 October 2021, Training ground, Khatlon, Drill');
  });

  it('says the time of day and its zone when the story gives them', () => {
    const data = miniStoryData();
    const events = data.events.map((event) =>
      event.id === 'joint-exercise'
        ? { ...event, time: { start: '2021-10-19T14:30+05:00', precision: 'minute' } }
        : event,
    );
    renderWithStore(<EventList />, storeWithStory({ ...data, format: 2, events }));
    expect(
      screen.getByRole('button', { name: 'Joint exercise near the Afghan border' }),
    ).toHaveAccessibleDescription(
      '19 October 2021, 14:30 UTC+5, Training ground, Khatlon, Military exercise',
    );
  });

  it('lists an event without a place, marked in words as not on the map', () => {
    renderWithStore(<EventList />, storeWithStory(unplacedStoryData()));
    const button = screen.getByRole('button', {
      name: 'Officials meet in Dushanbe to discuss the border',
    });
    expect(button).toHaveAccessibleDescription('about August 2021, Not on the map, Diplomacy');
    // Shown in words in the row, beside the title (not only in the description).
    const row = screen.getAllByRole('listitem').find((item) => item.contains(button));
    expect(row && within(row).getByText('Not on the map')).toBeInTheDocument();
  });

  it('describes each button with its date, place and kind', () => {
    renderWithStore(<EventList />, storeWithStory());
    expect(
      screen.getByRole('button', { name: 'Joint exercise near the Afghan border' }),
    ).toHaveAccessibleDescription(
      '18–23 October 2021, Training ground, Khatlon, Military exercise',
    );
  });

  it('marks the selected event as current', () => {
    const store = storeWithStory();
    store.getState().select('border-talks', 'map');
    renderWithStore(<EventList />, store);
    const current = eventButtons().filter(
      (button) => button.getAttribute('aria-current') === 'true',
    );
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveAccessibleName('Officials meet in Dushanbe to discuss the border');
  });

  it('selects an event from the list', async () => {
    const store = storeWithStory();
    renderWithStore(<EventList />, store);
    await userEvent.click(
      screen.getByRole('button', { name: 'Ministry calls the exercise defensive' }),
    );
    expect(store.getState().selectedId).toBe('ministry-statement');
    expect(store.getState().selectionOrigin).toBe('list');
  });

  it('highlights the event on the map while the pointer is over it', async () => {
    const store = storeWithStory();
    renderWithStore(<EventList />, store);
    const button = screen.getByRole('button', { name: 'Ministry calls the exercise defensive' });
    await userEvent.hover(button);
    expect(store.getState().hoveredId).toBe('ministry-statement');
    await userEvent.unhover(button);
    expect(store.getState().hoveredId).toBeUndefined();
  });

  it('shows only the events in the time window, and says so', () => {
    const store = storeWithStory();
    store.getState().setWindow(OCTOBER);
    renderWithStore(<EventList />, store);
    expect(eventButtons()).toHaveLength(2);
    expect(screen.getByText(/2 of 4 events in the time window/)).toBeInTheDocument();
  });

  it('"Show all" widens the window to the whole story', async () => {
    const store = storeWithStory();
    store.getState().setWindow(OCTOBER);
    renderWithStore(<EventList />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(store.getState().window).toEqual(store.getState().story?.span);
    expect(eventButtons()).toHaveLength(4);
  });

  it('follows the window as it moves', () => {
    const store = storeWithStory();
    renderWithStore(<EventList />, store);
    act(() => store.getState().setWindow(OCTOBER));
    expect(eventButtons()).toHaveLength(2);
  });

  it('moves the focus along the rows with the arrow keys, Home and End', async () => {
    renderWithStore(<EventList />, storeWithStory());
    screen.getByRole('button', { name: 'Russian base in Tajikistan reinforced' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(
      'Officials meet in Dushanbe to discuss the border',
    );
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName('Joint exercise near the Afghan border');
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('Joint exercise near the Afghan border');
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toHaveAccessibleName('Russian base in Tajikistan reinforced');
  });

  it('renders every row of a short list, without positions', () => {
    renderWithStore(<EventList />, storeWithStory());
    for (const row of screen.getAllByRole('listitem')) {
      expect(row).not.toHaveAttribute('aria-setsize');
    }
  });

  describe('with 100,000 events', { timeout: 30_000 }, () => {
    const huge = storyWithManyEvents(100_000);
    const big = () => storeWithParsed({ ok: true, story: huge, problems: [] });
    const focused = () => document.activeElement?.closest('li');

    it('renders only a screenful of rows, each saying its place in the whole list', () => {
      renderWithStore(<EventList />, big());
      const rows = screen.getAllByRole('listitem');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(50);
      expect(rows[0]).toHaveAttribute('aria-setsize', '100000');
      expect(rows[0]).toHaveAttribute('aria-posinset', '1');
      expect(rows[1]).toHaveAttribute('aria-posinset', '2');
      expect(eventButtons()[0]).toHaveAccessibleName('Event 1');
    });

    it('says how many of the events the time window holds', () => {
      const store = big();
      renderWithStore(<EventList />, store);
      act(() =>
        store.getState().setWindow({ from: Date.UTC(2000, 0, 1), to: Date.UTC(2000, 0, 11) }),
      );
      expect(screen.getByText(/10 of 100,000 events in the time window/)).toBeInTheDocument();
      expect(screen.getAllByRole('listitem')).toHaveLength(10);
    });

    it('reaches the last row with End and comes back with Home, rendering each', async () => {
      renderWithStore(<EventList />, big());
      screen.getByRole('button', { name: 'Event 1' }).focus();
      await userEvent.keyboard('{End}');
      expect(document.activeElement).toHaveAccessibleName('Event 100000');
      expect(focused()).toHaveAttribute('aria-posinset', '100000');
      await userEvent.keyboard('{ArrowUp}');
      expect(document.activeElement).toHaveAccessibleName('Event 99999');
      await userEvent.keyboard('{Home}');
      expect(document.activeElement).toHaveAccessibleName('Event 1');
      expect(screen.getAllByRole('listitem').length).toBeLessThanOrEqual(50);
    });

    it('moves a page at a time with Page Down and Page Up', async () => {
      renderWithStore(<EventList />, big());
      screen.getByRole('button', { name: 'Event 1' }).focus();
      await userEvent.keyboard('{PageDown}{PageDown}');
      expect(document.activeElement).toHaveAccessibleName('Event 21');
      await userEvent.keyboard('{PageUp}');
      expect(document.activeElement).toHaveAccessibleName('Event 11');
    });

    it('renders the selected event, however far down, without the rows above it', () => {
      const store = big();
      renderWithStore(<EventList />, store);
      act(() => store.getState().select('event-90000', 'map'));
      const button = screen.getByRole('button', { name: 'Event 90000' });
      expect(button).toHaveAttribute('aria-current', 'true');
      expect(button.closest('li')).toHaveAttribute('aria-posinset', '90000');
      expect(screen.getAllByRole('listitem').length).toBeLessThanOrEqual(50);
    });
  });
});
