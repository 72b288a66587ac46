import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventList, LIST_PAGE } from '../../src/panels/EventList';
import { storyWithManyEvents } from '../fixtures/many-events';
import { miniStoryData, storeWithParsed, storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';
import { unplacedStoryData } from '../story/unplaced-story';

const OCTOBER = { from: Date.UTC(2021, 9, 1), to: Date.UTC(2021, 10, 1) };

function eventButtons() {
  return within(screen.getByRole('list', { name: 'Events' })).getAllByRole('button');
}

function names(buttons: HTMLElement[]) {
  return buttons
    .map((button) => button.getAttribute('aria-labelledby') ?? '')
    .map((id) => document.getElementById(id)?.textContent);
}

describe('EventList', () => {
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
    expect(within(button).getByText('Not on the map')).toBeInTheDocument();
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

  describe('with 10,000 events', () => {
    const big = () =>
      storeWithParsed({ ok: true, story: storyWithManyEvents(10_000), problems: [] });

    it('renders one page of rows and offers more', () => {
      renderWithStore(<EventList />, big());
      expect(eventButtons()).toHaveLength(LIST_PAGE);
      expect(screen.getByRole('button', { name: /Show 200 more/ })).toBeInTheDocument();
    });

    it('renders the next page on "Show more"', async () => {
      renderWithStore(<EventList />, big());
      await userEvent.click(screen.getByRole('button', { name: /Show 200 more/ }));
      expect(eventButtons()).toHaveLength(2 * LIST_PAGE);
    });

    it('renders the selected event, however far down, without the rows above it', () => {
      const store = big();
      renderWithStore(<EventList />, store);
      act(() => store.getState().select('event-9000', 'map'));
      expect(screen.getByRole('button', { name: 'Event 9000' })).toHaveAttribute(
        'aria-current',
        'true',
      );
      expect(eventButtons().length).toBeLessThanOrEqual(LIST_PAGE);
      expect(screen.getByRole('button', { name: /Show 200 earlier/ })).toBeInTheDocument();
    });
  });
});
