import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ArticleReader } from '../../src/panels/ArticleReader';
import { miniStoryData, storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';

const PASSAGE = 'The passage the reader came to check sits in the middle.';

/** The mini story with its first source's text grown to about 20 MB around one passage. */
function storeWithHugeSource() {
  const data = miniStoryData();
  const source = data.sources[0];
  if (!source) throw new Error('fixture has no source');
  const filler = 'Filler sentence about nothing in particular. '.repeat(20).concat('\n\n');
  const half = filler.repeat(Math.ceil(10_000_000 / filler.length));
  source.text = `${source.text}\n\n${half}${PASSAGE}\n\n${half}`;
  const store = storeWithStory(data);
  store.getState().openReader({ source: source.id, quote: PASSAGE });
  return store;
}

describe('ArticleReader with a 20 MB source', () => {
  it('renders the text around the passage, not all of it', () => {
    renderWithStore(<ArticleReader />, storeWithHugeSource());
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('mark')).toHaveTextContent(PASSAGE);
    expect(dialog.textContent?.length ?? 0).toBeLessThan(100_000);
  });

  it('shows more of the article on request', async () => {
    renderWithStore(<ArticleReader />, storeWithHugeSource());
    const dialog = screen.getByRole('dialog');
    const before = dialog.textContent?.length ?? 0;
    const [more] = screen.getAllByRole('button', { name: 'Show more of the article' });
    if (!more) throw new Error('no "Show more" button');
    await userEvent.click(more);
    expect(dialog.textContent?.length ?? 0).toBeGreaterThan(before * 1.5);
  });
});
