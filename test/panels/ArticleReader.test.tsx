import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ArticleReader } from '../../src/panels/ArticleReader';
import { EventDetails } from '../../src/panels/EventDetails';
import { storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';

const QUOTE =
  'A ministry spokesperson said the exercise was "defensive in nature" and aimed at no third country.';

async function openReader() {
  const store = storeWithStory();
  store.getState().select('ministry-statement', 'list');
  renderWithStore(
    <>
      <EventDetails />
      <ArticleReader />
    </>,
    store,
  );
  const opener = screen.getByRole('button', { name: 'Read in the article' });
  await userEvent.click(opener);
  return { store, opener, dialog: screen.getByRole('dialog') };
}

describe('ArticleReader', () => {
  it('is closed until a passage is asked for', () => {
    renderWithStore(<ArticleReader />, storeWithStory());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens a dialog named by the source title', async () => {
    const { dialog } = await openReader();
    expect(dialog).toHaveAccessibleName('Allies rehearse border defence in southern Tajikistan');
  });

  it('shows the full text as paragraphs', async () => {
    const { dialog } = await openReader();
    expect(dialog.querySelectorAll('.reader__body > p:not(.reader__note)')).toHaveLength(5);
  });

  it('marks the quoted passage, exactly', async () => {
    const { dialog } = await openReader();
    const marks = dialog.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.textContent).toBe(QUOTE);
  });

  it('moves focus to the marked passage', async () => {
    const { dialog } = await openReader();
    expect(document.activeElement).toBe(dialog.querySelector('mark'));
  });

  it('credits the source: publisher, date, link and note', async () => {
    const { dialog } = await openReader();
    expect(dialog).toHaveTextContent('Dateline Test Wire, 18 October 2021');
    expect(within(dialog).getByRole('link', { name: /Original article/ })).toHaveAttribute(
      'href',
      'https://news.example/2021/10/18/border-drills',
    );
    expect(dialog).toHaveTextContent("Written for Dateline's tests; not a real article.");
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const { store, opener } = await openReader();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().reader).toBeUndefined();
    expect(opener).toHaveFocus();
  });

  it('closes with the Close button and gives focus back', async () => {
    const { opener } = await openReader();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});
