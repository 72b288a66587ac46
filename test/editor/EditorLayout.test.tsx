import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { miniStoryData } from '../fixtures/load-fixture';
import { libraryWith, renderEditor } from './editor-harness';

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
