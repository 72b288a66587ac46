import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDatelineStore } from '../../src/state/store';
import { WindowSummary } from '../../src/timeline/WindowSummary';
import { renderWithStore } from '../fixtures/render-with-store';

describe('WindowSummary without a story', () => {
  it('says it is loading while the story loads', () => {
    renderWithStore(<WindowSummary />, createDatelineStore());
    expect(screen.getByText('Loading the timeline…')).toBeInTheDocument();
  });

  it('stops saying "Loading" once the story has failed', () => {
    const store = createDatelineStore();
    store.getState().storyLoaded({ ok: false, problems: [{ path: '', code: 'invalid' }] });
    renderWithStore(<WindowSummary />, store);
    expect(screen.queryByText('Loading the timeline…')).not.toBeInTheDocument();
    expect(screen.getByText('No timeline: the story could not be shown.')).toBeInTheDocument();
  });
});
