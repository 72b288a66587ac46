import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Header } from '../../src/app/Header';
import { exportContent } from '../../src/map/export-png-layout';
import { EventDetails } from '../../src/panels/EventDetails';
import { parseStory } from '../../src/story/parse-story';
import { storeWithStory } from '../fixtures/load-fixture';
import { renderWithStore } from '../fixtures/render-with-store';
import { undatedStoryData } from '../story/undated-story';

describe('a source whose publication date is unknown', () => {
  it('says so in the masthead', () => {
    renderWithStore(<Header />, storeWithStory(undatedStoryData()));
    expect(screen.getByText('Source:').parentElement?.textContent).toMatch(
      /^Source: Dateline Test Wire.*, date unknown$/,
    );
  });

  it("says so under an event's excerpts", () => {
    const store = storeWithStory(undatedStoryData());
    store.getState().select('joint-exercise', 'list');
    renderWithStore(<EventDetails />, store);
    expect(screen.getAllByText(/, date unknown$/).length).toBeGreaterThan(0);
  });

  it('says so on an exported image', () => {
    const result = parseStory(undatedStoryData());
    if (!result.ok) throw new Error('does not parse');
    const window = { from: Date.UTC(2021, 9, 18), to: Date.UTC(2021, 9, 19) };
    expect(exportContent(result.story, window, new Set()).source).toBe(
      'Source: Dateline Test Wire, date unknown',
    );
  });
});
