import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Shell } from '../../src/app/Shell';
import { loadMessages } from '../../src/i18n/load-messages';
import { createStoryLibrary } from '../../src/library/story-library';
import { MessagesContext } from '../../src/ui/messages-context';
import { miniStoryData } from '../fixtures/load-fixture';

// The map needs WebGL and the timeline has its own tests: the shell is tested around them.
vi.mock('../../src/map/MapView', () => ({ MapView: () => <div>map</div> }));
vi.mock('../../src/timeline/Timeline', () => ({ Timeline: () => <div>timeline</div> }));

let counter = 0;
const freshLibrary = () => createStoryLibrary({ name: `shell-${(counter += 1)}` });

function storyFile(name = 'mini-story.json', text = JSON.stringify(miniStoryData())): File {
  return new File([text], name, { type: 'application/json' });
}

async function pick(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  await userEvent.upload(input, file);
}

beforeEach(() => window.history.replaceState(null, '', '/?library'));
afterEach(() => vi.unstubAllGlobals());

describe('the shell', () => {
  it('opens a picked story file, keeps it, and links to it as local:<id>', async () => {
    const library = freshLibrary();
    render(<Shell library={library} baseUrl="/" />);
    await screen.findByRole('heading', { level: 1, name: 'Your stories' });
    await pick(storyFile());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Drills on the Tajik–Afghan border' }),
    ).toBeInTheDocument();
    expect(window.location.search).toMatch(/^\?story=local:[a-z0-9]{12}$/);
    const listed = await library.list();
    expect(listed.ok && listed.value.map((entry) => entry.fileName)).toEqual(['mini-story.json']);
  });

  it('keeps the link’s interface language when it opens a story from the start screen', async () => {
    window.history.replaceState(null, '', '/?library&lang=fa');
    render(<Shell library={freshLibrary()} baseUrl="/" />);
    await pick(storyFile());
    await screen.findByRole('heading', { level: 1, name: 'Drills on the Tajik–Afghan border' });
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('fa');
  });

  it('goes back to the start screen from the header', async () => {
    render(<Shell library={freshLibrary()} baseUrl="/" />);
    await screen.findByRole('heading', { level: 1, name: 'Your stories' });
    await pick(storyFile());
    await userEvent.click(await screen.findByRole('link', { name: 'Your stories' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your stories' })).toHaveFocus();
    expect(window.location.search).toBe('?library=1');
  });

  it('keeps the story open in memory and says so when the browser keeps nothing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    render(<Shell library={freshLibrary()} baseUrl="/" />);
    await screen.findByRole('heading', { level: 1, name: 'Your stories' });
    await pick(storyFile());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Drills on the Tajik–Afghan border' }),
    ).toBeInTheDocument();
    const alert = screen
      .getAllByRole('alert')
      .find((element) => /not kept in your library/.test(element.textContent ?? ''));
    expect(alert).toHaveTextContent(/private window.*gone when you close this tab/);
  });

  it('says in the interface’s language why the browser keeps nothing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    render(
      <MessagesContext value={await loadMessages('ru')}>
        <Shell library={freshLibrary()} baseUrl="/" />
      </MessagesContext>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Ваши истории' });
    await pick(storyFile());
    await screen.findByRole('heading', { level: 1, name: 'Drills on the Tajik–Afghan border' });
    // The reason's words load with the notice.
    const alert = await waitFor(() => {
      const found = screen
        .getAllByRole('alert')
        .find((element) => /не сохранена в вашей библиотеке/.test(element.textContent ?? ''));
      if (!found) throw new Error('no not-kept notice yet');
      return found;
    });
    expect(alert).toHaveTextContent(/приватное окно/);
    expect(alert).not.toHaveTextContent(/private window/);
  });

  it('says what is wrong with a file that is not a story, and opens nothing', async () => {
    render(<Shell library={freshLibrary()} baseUrl="/" />);
    await screen.findByRole('heading', { level: 1, name: 'Your stories' });
    await pick(storyFile('broken.json', '{"format": 1, '));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /“broken.json” could not be opened.*not valid JSON/,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Your stories' })).toBeInTheDocument();
  });

  it('opens the default story when the link names none', async () => {
    window.history.replaceState(null, '', '/');
    const fetcher = vi.fn(async () => new Response(JSON.stringify(miniStoryData())));
    vi.stubGlobal('fetch', fetcher);
    render(<Shell library={freshLibrary()} baseUrl="/" />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Drills on the Tajik–Afghan border' }),
    ).toBeInTheDocument();
    expect(fetcher).toHaveBeenCalledWith(
      expect.stringMatching(/\/stories\/csto-2021\.json$/),
      expect.anything(),
    );
  });
});
