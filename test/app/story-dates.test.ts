import { describe, expect, it } from 'vitest';
import { storyDateRange } from '../../src/app/story-dates';
import { miniStory } from '../fixtures/load-fixture';

describe('storyDateRange', () => {
  it('runs from the first start to the latest end, each at its own precision', () => {
    expect(storyDateRange(miniStory().events)).toBe('March 2021 – 23 October 2021');
  });

  it('is a single date for a single one-day event', () => {
    const [, , statement] = miniStory().events;
    expect(statement && storyDateRange([statement])).toBe('18 October 2021');
  });

  it('is nothing for a story without events', () => {
    expect(storyDateRange([])).toBeUndefined();
  });
});
