/** A big story's timeline marks are drawn in a task after its text is painted, not with it. */
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatelineStore } from '../../src/state/store';
import type { Story } from '../../src/story/story';
import { TimelineAxis } from '../../src/timeline/TimelineAxis';
import { miniStory } from '../fixtures/load-fixture';
import { storyWithManyEvents } from '../fixtures/many-events';
import { renderWithStore } from '../fixtures/render-with-store';

/** How many times a canvas asked for its context: once per drawing. */
let drawings = 0;

beforeEach(() => {
  // jsdom lays nothing out and has no canvas: the axis gets a width, and a drawing is seen as
  // the canvas asking for its context.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  drawings = 0;
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => {
    drawings += 1;
    return null;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A timeline whose story arrives after it is on the page, as a loaded story does. */
function arriving(story: Story) {
  const store = createDatelineStore();
  renderWithStore(<TimelineAxis />, store);
  act(() => store.getState().storyLoaded({ ok: true, story, problems: [] }));
  return store;
}

/** Waits for the next frame and the task after it. */
async function nextFrame(): Promise<void> {
  await act(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10))),
  );
}

describe('the timeline of a story that arrives', () => {
  it('draws a small story with its first view', () => {
    arriving(miniStory());
    expect(drawings).toBeGreaterThan(0);
  });

  it('draws a big story only after the frame that shows its text', async () => {
    arriving(storyWithManyEvents(1_000));
    expect(drawings).toBe(0);
    await nextFrame();
    expect(drawings).toBeGreaterThan(0);
  });

  it('draws a change to the big story at once once it has been drawn', async () => {
    const story = storyWithManyEvents(1_000);
    const store = arriving(story);
    await nextFrame();
    drawings = 0;
    const edited = { ...story, events: story.events.slice(1) };
    act(() => store.getState().storyLoaded({ ok: true, story: edited, problems: [] }));
    expect(drawings).toBeGreaterThan(0);
  });
});
