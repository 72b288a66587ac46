import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventDetails } from '../../src/panels/EventDetails';
import type { Story } from '../../src/story/story';
import { miniStory, storeWithParsed, storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';
import { UNPLACED_ID, unplacedStoryData } from '../story/unplaced-story';

function showEvent(id: string) {
  const store = storeWithStory();
  store.getState().select(id, 'list');
  renderWithStore(<EventDetails />, store);
  return store;
}

describe('EventDetails', () => {
  it('introduces the story when nothing is selected', () => {
    renderWithStore(<EventDetails />, storeWithStory());
    expect(screen.getByText(/a joint exercise near the Afghan border/)).toBeInTheDocument();
    expect(
      screen.getByText('Select an event on the map, the timeline or the list.'),
    ).toBeInTheDocument();
  });

  it('titles the panel with the selected event', () => {
    showEvent('joint-exercise');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Joint exercise near the Afghan border' }),
    ).toBeInTheDocument();
  });

  it('says plainly that an event without a place is not on the map', () => {
    const store = storeWithStory(unplacedStoryData());
    store.getState().select(UNPLACED_ID, 'list');
    renderWithStore(<EventDetails />, store);
    const where = screen.getByText('Where').closest('div');
    expect(where?.textContent).toBe(
      'WhereNot on the map (the story gives no place for this event yet)',
    );
  });

  it('says the kind in words', () => {
    showEvent('joint-exercise');
    expect(screen.getByText('Military exercise')).toBeInTheDocument();
  });

  it('writes a range of days as editors do', () => {
    showEvent('joint-exercise');
    expect(screen.getByText('18–23 October 2021')).toBeInTheDocument();
  });

  it('says a date known to the month is no more precise than that', () => {
    showEvent('base-reinforced');
    expect(screen.getByText('March 2021')).toBeInTheDocument();
    expect(screen.getByText(/date known to the month/)).toBeInTheDocument();
  });

  it('says an approximate date is approximate', () => {
    showEvent('border-talks');
    expect(screen.getByText('about August 2021')).toBeInTheDocument();
    expect(screen.getByText(/approximate date/)).toBeInTheDocument();
  });

  it('explains how the date was worked out, folded away', () => {
    showEvent('joint-exercise');
    const summary = screen.getByText('How this date was worked out');
    expect(summary.closest('details')).toHaveTextContent(/"until Saturday" is 23 October/);
  });

  it('gives the place with its uncertainty', () => {
    showEvent('joint-exercise');
    expect(screen.getByText(/Training ground, Khatlon, Tajikistan/)).toHaveTextContent('± 25 km');
  });

  it('quotes the article verbatim in a blockquote', () => {
    showEvent('ministry-statement');
    expect(screen.getByRole('blockquote')).toHaveTextContent(
      'A ministry spokesperson said the exercise was "defensive in nature" and aimed at no third country.',
      { normalizeWhitespace: false },
    );
  });

  it('credits each quote to its source', () => {
    showEvent('ministry-statement');
    const figure = screen.getByRole('blockquote').closest('figure');
    expect(figure).toHaveTextContent(
      'Allies rehearse border defence in southern Tajikistan, Dateline Test Wire, 18 October 2021',
    );
  });

  it('opens the reader at the quoted passage', async () => {
    const store = showEvent('ministry-statement');
    await userEvent.click(screen.getByRole('button', { name: 'Read in the article' }));
    expect(store.getState().reader).toEqual({
      source: 'wire',
      quote:
        'A ministry spokesperson said the exercise was "defensive in nature" and aimed at no third country.',
    });
  });

  it('shows facts from other sources with their source, linked', () => {
    showEvent('base-reinforced');
    const section = screen.getByRole('region', { name: 'From other sources' });
    expect(section).toHaveTextContent("Russia's largest base abroad");
    const link = within(section).getByRole('link', { name: /Bases abroad: a reference list/ });
    expect(link).toHaveAttribute('href', 'https://institute.example/bases');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows a citation without a URL as text', () => {
    showEvent('joint-exercise');
    const section = screen.getByRole('region', { name: 'From other sources' });
    expect(section).toHaveTextContent(
      'Annual exercise calendar, Example Defence Review. Vol. 12, p. 40',
    );
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();
  });

  it('never makes a javascript: URL into a link', () => {
    const story = miniStory();
    const hostile: Story = {
      ...story,
      events: story.events.map((event) => ({
        ...event,
        context: event.context.map((fact) => ({
          ...fact,
          source: { ...fact.source, url: 'javascript:alert(1)' },
        })),
      })),
    };
    const store = storeWithParsed({ ok: true, story: hostile, problems: [] });
    store.getState().select('base-reinforced', 'list');
    renderWithStore(<EventDetails />, store);
    const section = screen.getByRole('region', { name: 'From other sources' });
    expect(section).toHaveTextContent('Bases abroad: a reference list');
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();
  });

  it('announces the selected title politely', () => {
    showEvent('border-talks');
    expect(
      screen.getByText('Selected: Officials meet in Dushanbe to discuss the border'),
    ).toHaveAttribute('aria-live', 'polite');
  });

  it('does not take focus when an event is selected', () => {
    const store = storeWithStory();
    renderWithStore(<EventDetails />, store);
    const before = document.activeElement;
    act(() => store.getState().select('border-talks', 'map'));
    expect(document.activeElement).toBe(before);
  });

  it('closes: deselects and goes back to the introduction', async () => {
    const store = showEvent('border-talks');
    await userEvent.click(screen.getByRole('button', { name: 'Close event details' }));
    expect(store.getState().selectedId).toBeUndefined();
    expect(screen.getByRole('heading', { name: 'About this story' })).toBeInTheDocument();
  });
});
