import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PresentButton } from '../../src/present/PresentButton';
import { createDatelineStore } from '../../src/state/store';
import { serializeUrlState } from '../../src/state/url-state';
import { storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';

// The real serializer, counted: the link is written when what it carries changes.
vi.mock('../../src/state/url-state', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/state/url-state')>();
  return { ...actual, serializeUrlState: vi.fn(actual.serializeUrlState) };
});

describe('PresentButton', () => {
  it('links to the same story in presentation mode', () => {
    renderWithStore(<PresentButton />, storeWithStory(undefined, { story: 'mini-story' }));
    expect(screen.getByRole('link', { name: 'Present' })).toHaveAttribute(
      'href',
      '?story=mini-story&mode=present',
    );
  });

  it('waits for the story', () => {
    renderWithStore(<PresentButton />, createDatelineStore());
    expect(screen.queryByRole('link', { name: 'Present' })).not.toBeInTheDocument();
  });

  it('does not write its link again on a time-window step or a hover', () => {
    const store = storeWithStory(undefined, { story: 'mini-story' });
    renderWithStore(<PresentButton />, store);
    vi.mocked(serializeUrlState).mockClear();
    const { from, to } = store.getState().window;
    act(() => store.getState().setWindow({ from, to: to - 86_400_000 }));
    act(() => store.getState().hover('border-talks'));
    expect(serializeUrlState).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Present' })).toHaveAttribute(
      'href',
      '?story=mini-story&mode=present',
    );
  });
});
