import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { STORY_VISIBLE_MARK } from '../../src/app/use-story-visible-mark';
import { createDatelineStore } from '../../src/state/store';
import { parseUrlState } from '../../src/state/url-state';
import { parseStoryText } from '../../src/story/parse-story';
import { miniStory, miniStoryData, storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';

// The map needs WebGL and the timeline has its own tests: the shell is tested around them.
vi.mock('../../src/map/MapView', () => ({ MapView: () => <div>map</div> }));
vi.mock('../../src/timeline/Timeline', () => ({ Timeline: () => <div>timeline</div> }));

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  performance.clearMarks();
});

describe('App', () => {
  it("shows the story's title", () => {
    renderWithStore(<App />, storeWithStory());
    expect(
      screen.getByRole('heading', { level: 1, name: 'Drills on the Tajik–Afghan border' }),
    ).toBeInTheDocument();
  });

  it('credits the source and the dates the story covers', () => {
    renderWithStore(<App />, storeWithStory());
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent(/Source: Dateline Test Wire.*, 18 October 2021/);
    expect(banner).toHaveTextContent('Events: March 2021 – 23 October 2021');
  });

  it('lists the events', () => {
    renderWithStore(<App />, storeWithStory());
    const list = screen.getByRole('list', { name: 'Events' });
    expect(within(list).getAllByRole('button')).toHaveLength(4);
  });

  it('offers a link that skips to the events list', () => {
    renderWithStore(<App />, storeWithStory());
    expect(screen.getByRole('link', { name: 'Skip to events list' })).toHaveAttribute(
      'href',
      '#events',
    );
    expect(document.getElementById('events')).toContainElement(
      screen.getByRole('list', { name: 'Events' }),
    );
  });

  it('shows the details of an event selected in the list', async () => {
    renderWithStore(<App />, storeWithStory());
    await userEvent.click(
      screen.getByRole('button', { name: 'Joint exercise near the Afghan border' }),
    );
    const details = screen.getByRole('region', { name: 'Joint exercise near the Afghan border' });
    expect(
      within(details).getByRole('heading', {
        level: 2,
        name: 'Joint exercise near the Afghan border',
      }),
    ).toBeInTheDocument();
    expect(within(details).getByText('18–23 October 2021')).toBeInTheDocument();
  });

  it('says the story is loading', () => {
    renderWithStore(<App />, createDatelineStore());
    expect(screen.getByText('Loading story…', { selector: '[role="status"]' })).toBeInTheDocument();
  });

  it('shows a big story’s title and summary while its events are still checked', () => {
    const store = createDatelineStore();
    const head = { title: 'Ten years of border incidents', summary: 'An archive.', language: 'en' };
    store.getState().storyProgress({ phase: 'checking', events: 100_000, head });
    renderWithStore(<App />, store);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(head.title);
    expect(screen.getByText('An archive.')).toBeInTheDocument();
    // Still loading, and said so: to screen readers, in the panel and with the events' count.
    expect(screen.getByText('Loading story…', { selector: '[role="status"]' })).toBeInTheDocument();
    expect(screen.getByText('The story is loading.')).toBeInTheDocument();
    expect(screen.getByText(/100,000 events/)).toBeInTheDocument();
  });

  it('says why a story that is not JSON could not be shown', async () => {
    const store = createDatelineStore();
    store.getState().storyLoaded(parseStoryText('{"format": 1,}'));
    renderWithStore(<App />, store);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This story could not be shown.');
    expect(alert).toHaveTextContent('The file is not valid JSON');
  });

  it('says where a story file is wrong', async () => {
    const store = createDatelineStore();
    store
      .getState()
      .storyLoaded(parseStoryText(JSON.stringify({ ...miniStoryData(), events: {} })));
    renderWithStore(<App />, store);
    expect(await screen.findByRole('alert')).toHaveTextContent(/events must be a list/);
  });

  it('shows the valid events and says which were left out', async () => {
    const data = miniStoryData();
    const broken = data.events[1];
    if (broken) broken.time.start = 'late summer';
    renderWithStore(<App />, storeWithStory(data));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /1 event not shown: events\[1\]\.time\.start is not a date/,
    );
    const list = screen.getByRole('list', { name: 'Events' });
    expect(within(list).getAllByRole('button')).toHaveLength(3);
  });

  it('says quietly which parts of the link were ignored', async () => {
    const { state, problems } = parseUrlState('?view=here');
    const store = storeWithStory(miniStoryData(), state);
    store.getState().reportLinkProblems(problems);
    renderWithStore(<App />, store);
    const ignored = await screen.findByText(/Part of this link was ignored:/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(ignored.closest('[role="status"]')).toHaveTextContent('?view must be lon,lat,zoom');
  });

  it('shows hostile text in a story as text, never as markup', async () => {
    const data = miniStoryData();
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    data.title = `Drills ${payload}`;
    const source = data.sources[0];
    const event = data.events[3];
    if (!source || !event) throw new Error('fixture changed');
    source.text = `${source.text}\n\nHe wrote ${payload} in the margin.`;
    event.title = payload;
    event.excerpts = [{ source: 'wire', quote: `He wrote ${payload}` }];
    renderWithStore(<App />, storeWithStory(data));
    await userEvent.click(screen.getByRole('button', { name: payload }));
    await userEvent.click(screen.getByRole('button', { name: 'Read in the article' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(payload);
    expect(screen.getByRole('blockquote')).toHaveTextContent(payload);
    expect(document.querySelector('img, script')).toBeNull();
  });

  it('sets the theme and the kind colours on the root element', () => {
    renderWithStore(<App />, storeWithStory(miniStoryData(), { theme: 'dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.style.getPropertyValue('--kind-exercise')).toBe('#F0873F');
  });

  it('marks the moment the story is visible, once', () => {
    const store = createDatelineStore();
    renderWithStore(<App />, store);
    expect(performance.getEntriesByName(STORY_VISIBLE_MARK)).toHaveLength(0);
    act(() => store.getState().storyLoaded({ ok: true, story: miniStory(), problems: [] }));
    act(() => store.getState().select('border-talks', 'list'));
    expect(performance.getEntriesByName(STORY_VISIBLE_MARK)).toHaveLength(1);
  });
});
