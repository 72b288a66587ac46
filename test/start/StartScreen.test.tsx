import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShellContext } from '../../src/app/shell-context';
import { createStoryLibrary, type StoryLibrary } from '../../src/library/story-library';
import StartScreen from '../../src/start/StartScreen';
import { fakeShell } from '../fixtures/fake-shell';

let counter = 0;

async function libraryWith(...titles: string[]): Promise<StoryLibrary> {
  counter += 1;
  const library = createStoryLibrary({ name: `start-screen-${counter}` });
  for (const title of titles) {
    const text = JSON.stringify({ format: 1, title, events: [] });
    await library.keep({
      text,
      title,
      summary: `About ${title}`,
      eventCount: 3,
      origin: 'dateline',
    });
  }
  return library;
}

function renderStart(library: StoryLibrary) {
  const shell = fakeShell(library);
  render(
    <ShellContext.Provider value={shell}>
      <StartScreen theme="light" />
    </ShellContext.Provider>,
  );
  return shell;
}

const keptList = () => screen.findByRole('list', { name: 'Kept in this browser' });

afterEach(() => vi.unstubAllGlobals());

describe('the start screen', () => {
  it('lists the kept stories, each with named actions', async () => {
    renderStart(await libraryWith('Quake in Chile'));
    const item = within(await keptList()).getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Quake in Chile' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\?story=local:[a-z0-9]{12}$/),
    );
    for (const action of ['Rename', 'Duplicate', 'Delete']) {
      expect(
        within(item).getByRole('button', { name: `${action} “Quake in Chile”` }),
      ).toBeInTheDocument();
    }
    expect(
      within(item).getByRole('button', { name: 'Export “Quake in Chile” as JSON' }),
    ).toBeInTheDocument();
  });

  it('opens a kept story in place on a plain click', async () => {
    const shell = renderStart(await libraryWith('Quake in Chile'));
    await userEvent.click(await screen.findByRole('link', { name: 'Quake in Chile' }));
    expect(shell.openStory).toHaveBeenCalledWith(expect.stringMatching(/^local:[a-z0-9]{12}$/));
  });

  it('lists the stories that ship with Dateline', async () => {
    renderStart(await libraryWith());
    const shipped = screen.getByRole('list', { name: 'Stories that come with Dateline' });
    expect(within(shipped).getByRole('link', { name: /Tajik-Afghan border/ })).toHaveAttribute(
      'href',
      '?story=csto-2021',
    );
  });

  it('renames a story in a dialog and gives focus back to its Rename button', async () => {
    renderStart(await libraryWith('Old title'));
    const rename = await screen.findByRole('button', { name: 'Rename “Old title”' });
    await userEvent.click(rename);
    const dialog = screen.getByRole('dialog', { name: 'Rename story' });
    const field = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(field).toHaveFocus();
    await userEvent.clear(field);
    await userEvent.type(field, 'New title{Enter}');
    expect(await screen.findByRole('link', { name: 'New title' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rename “New title”' })).toHaveFocus(),
    );
  });

  it('refuses an empty title and says why', async () => {
    renderStart(await libraryWith('Kept'));
    await userEvent.click(await screen.findByRole('button', { name: 'Rename “Kept”' }));
    const field = screen.getByRole('textbox', { name: 'Title' });
    await userEvent.clear(field);
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(field).toHaveAccessibleDescription('A story needs a title.');
  });

  it('duplicates a story', async () => {
    renderStart(await libraryWith('Original'));
    await userEvent.click(await screen.findByRole('button', { name: 'Duplicate “Original”' }));
    expect(await screen.findByRole('link', { name: 'Original (copy)' })).toBeInTheDocument();
  });

  it('deletes a story and brings it back with Undo', async () => {
    renderStart(await libraryWith('Doomed', 'Other'));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete “Doomed”' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Doomed' })).toBeNull());
    const said = screen.getAllByRole('status').map((region) => region.textContent);
    expect(said).toContain('Deleted “Doomed”.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await userEvent.click(undo);
    expect(await screen.findByRole('link', { name: 'Doomed' })).toBeInTheDocument();
  });

  it('says plainly when the browser keeps no stories', async () => {
    vi.stubGlobal('indexedDB', undefined);
    renderStart(createStoryLibrary({ name: 'start-screen-none' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /not letting Dateline keep stories.*stay open until you close the tab/,
    );
  });
});
