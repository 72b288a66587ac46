import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { miniStoryData } from '../fixtures/load-fixture';
import { libraryWith, renderEditor, renderEditorOn } from './editor-harness';

// Whole-editor renders with typing: slow on a busy machine, not a hang.
vi.setConfig({ testTimeout: 20_000 });

/** The editor's own live region, in its toolbar. */
const editorStatus = () =>
  within(screen.getByRole('toolbar', { name: 'Editing' })).getByRole('status');

const miniText = () => JSON.stringify(miniStoryData());

async function editingMini(select?: string) {
  const { library, id } = await libraryWith(miniText());
  const rendered = await renderEditor(library, id);
  await screen.findByRole('button', { name: 'Undo' });
  await waitFor(() => expect(rendered.store.getState().editing).toBe(true));
  if (select !== undefined) {
    act(() => rendered.store.setState({ selectedId: select, selectionOrigin: 'list' }));
  }
  return { library, id, ...rendered };
}

const fileEvent = (store: Awaited<ReturnType<typeof editingMini>>['store'], id: string) =>
  store.getState().editHistory?.present.events.find((event) => event.id === id);

describe('opening', () => {
  it('offers to edit a copy of a story that is not in the library', async () => {
    const { library } = await libraryWith(miniText());
    const { shell, store } = renderEditorOn(library, 'csto-2021', miniText());
    expect(screen.getByRole('alert')).toHaveTextContent(/Only a story kept in your library/);
    await userEvent.click(screen.getByRole('button', { name: 'Edit a copy' }));
    expect(shell.editStory).toHaveBeenCalled();
    expect(store.getState().editing).toBe(false);
  });
});

describe('the event form', () => {
  it('steps a date by a day with the arrow keys and shows the date it will print', async () => {
    const { store } = await editingMini('ministry-statement');
    const when = screen.getByRole('group', { name: 'When' });
    const start = within(when).getByRole('textbox', { name: 'Start' });
    await userEvent.click(start);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(fileEvent(store, 'ministry-statement')?.time.start).toBe('2021-10-20');
    expect(within(when).getByText('20 October 2021')).toBeInTheDocument();
  });

  it('says at the field when the end is before the start', async () => {
    await editingMini('ministry-statement');
    const when = screen.getByRole('group', { name: 'When' });
    const end = within(when).getByRole('textbox', { name: 'End (for a range)' });
    await userEvent.type(end, '2021-10-01');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription(/is before time\.start/);
  });

  it('undoes and redoes a title change with the buttons and the keys', async () => {
    const { store } = await editingMini('border-talks');
    const title = screen.getByRole('textbox', { name: 'Title' });
    await userEvent.clear(title);
    await userEvent.type(title, 'Talks');
    expect(fileEvent(store, 'border-talks')?.title).toBe('Talks');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(title).toHaveValue('Officials meet in Dushanbe to discuss the border');
    await userEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(title).toHaveValue('Talks');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(title).toHaveValue('Officials meet in Dushanbe to discuss the border');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(title).toHaveValue('Talks');
  });

  it('adds the passage selected in the article as an excerpt, verbatim', async () => {
    const { store } = await editingMini('border-talks');
    const article = screen.getByRole('region', { name: /Allies rehearse border defence/ });
    const paragraph = within(article).getByText(/^A ministry spokesperson said/);
    const text = paragraph.firstChild;
    if (!text) throw new Error('no text node');
    const range = document.createRange();
    range.setStart(text, 2);
    range.setEnd(text, 33);
    act(() => {
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Add the selected text as an excerpt' }),
    );
    expect(fileEvent(store, 'border-talks')?.excerpts.at(-1)).toEqual({
      source: 'wire',
      quote: 'ministry spokesperson said the',
    });
  });

  it('refuses a pasted passage that is not in the article, and says why', async () => {
    const { store } = await editingMini('border-talks');
    await userEvent.type(
      screen.getByRole('textbox', { name: /Or paste a passage/ }),
      'Words the article never wrote',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add excerpt' }));
    expect(fileEvent(store, 'border-talks')?.excerpts).toHaveLength(1);
    expect(editorStatus()).toHaveTextContent(/Not changed: the text is not verbatim/);
  });
});

describe('places and whole events', () => {
  it('places an event at typed coordinates, without the map', async () => {
    const { store } = await editingMini('border-talks');
    const where = screen.getByRole('group', { name: 'Where' });
    const lon = within(where).getByRole('textbox', { name: 'Longitude' });
    const lat = within(where).getByRole('textbox', { name: 'Latitude' });
    await userEvent.clear(lon);
    await userEvent.type(lon, '69.78');
    await userEvent.clear(lat);
    await userEvent.type(lat, '37.91{Enter}');
    expect(fileEvent(store, 'border-talks')?.place?.geometry).toEqual({
      type: 'Point',
      coordinates: [69.78, 37.91],
    });
  });

  it('deletes an event, undoes it, and keeps the keyboard in the panel', async () => {
    const { store } = await editingMini('border-talks');
    await userEvent.click(screen.getByRole('button', { name: 'Delete event' }));
    expect(fileEvent(store, 'border-talks')).toBeUndefined();
    expect(screen.getByRole('heading', { name: 'Story settings' })).toBeInTheDocument();
    expect(document.activeElement).toHaveClass('details');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(fileEvent(store, 'border-talks')).toBeDefined();
  });

  it('merges another event into this one, its excerpts joining', async () => {
    const { store } = await editingMini('joint-exercise');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Merge another event into this one' }),
      'Ministry calls the exercise defensive',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect(fileEvent(store, 'ministry-statement')).toBeUndefined();
    expect(fileEvent(store, 'joint-exercise')?.excerpts).toHaveLength(3);
  });

  it('lets go of the event on Escape', async () => {
    const { store } = await editingMini('border-talks');
    await userEvent.click(screen.getByRole('textbox', { name: 'Title' }));
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selectedId).toBeUndefined();
    expect(screen.getByRole('heading', { name: 'Story settings' })).toBeInTheDocument();
  });

  it('adds notes to a presentation step', async () => {
    const { store } = await editingMini();
    await userEvent.type(screen.getByRole('textbox', { name: /^Notes for step 2/ }), 'Pause.');
    expect(store.getState().editHistory?.present.steps?.[1]).toEqual({
      event: 'border-talks',
      notes: 'Pause.',
    });
  });
});

describe('guesses', () => {
  function withGuesses() {
    const data = miniStoryData();
    const review = {
      status: 'guess',
      reasons: [{ field: 'time', text: "'on Monday' in an article of 18 October 2021" }],
    };
    return JSON.stringify({
      ...data,
      events: data.events.map((event, index) => (index >= 2 ? { ...event, review } : event)),
    });
  }

  it('accepts one guess, and then the rest at once', async () => {
    const { library, id } = await libraryWith(withGuesses());
    const { store } = await renderEditor(library, id);
    await waitFor(() => expect(store.getState().editing).toBe(true));
    act(() => store.setState({ selectedId: 'joint-exercise', selectionOrigin: 'list' }));
    expect(screen.getByText(/'on Monday' in an article of 18 October 2021/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Accept' }));
    const status = (eventId: string) =>
      store.getState().editHistory?.present.events.find((event) => event.id === eventId)?.review
        ?.status;
    expect(status('joint-exercise')).toBe('confirmed');
    await userEvent.click(screen.getByRole('button', { name: 'Accept 1 guess' }));
    expect(status('ministry-statement')).toBe('confirmed');
    expect(screen.queryByRole('button', { name: /Accept \d/ })).toBeNull();
  });
});

describe('autosave', () => {
  it('keeps an edit in the library, so a reload opens it', async () => {
    const { library, id, view, shell } = await editingMini();
    const title = screen.getByRole('textbox', { name: 'Story title' });
    await userEvent.clear(title);
    await userEvent.type(title, 'Edited title');
    await waitFor(() => expect(editorStatus()).toHaveTextContent('Saved'), {
      timeout: 3000,
    });
    expect(shell.storySaved).toHaveBeenCalled();
    view.unmount();
    await renderEditor(library, id);
    expect(await screen.findByDisplayValue('Edited title')).toBeInTheDocument();
  });

  it('does not save a story that would not load, and says so', async () => {
    const { library, id } = await editingMini();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Story title' }));
    expect(editorStatus()).toHaveTextContent(/Not saved/);
    const read = await library.read(id);
    expect(read.ok && read.value?.text).toContain('Drills on the Tajik–Afghan border');
  });
});
