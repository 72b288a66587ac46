/** A big story's indexes are built in tasks of their own before its first render. */
import { describe, expect, it } from 'vitest';
import { buildFirstViewIndexes } from '../../src/app/first-view-indexes';
import { yieldToPage } from '../../src/story/work-in-slices';
import { miniStory } from '../fixtures/load-fixture';
import { storyWithManyEvents } from '../fixtures/many-events';

/** Whether the promise has settled once the microtasks queued now have run. */
async function settledSoon(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
  return settled;
}

/** How many turns the page had (tasks it queued that ran) before `promise` settled. */
async function pageTurnsUntil(promise: Promise<void>): Promise<number> {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  let turns = 0;
  while (!settled) {
    await yieldToPage();
    if (!settled) turns += 1;
  }
  return turns;
}

describe('a story’s first-view indexes', () => {
  it('hold nothing back for a small story', async () => {
    const built = buildFirstViewIndexes({ ok: true, story: miniStory(), problems: [] });
    expect(await settledSoon(built)).toBe(true);
  });

  it('hold nothing back for a story that failed', async () => {
    const built = buildFirstViewIndexes({ ok: false, problems: [] });
    expect(await settledSoon(built)).toBe(true);
  });

  it('are built for a big story in tasks of their own, the page free between them', async () => {
    const built = buildFirstViewIndexes({
      ok: true,
      story: storyWithManyEvents(2000),
      problems: [],
    });
    // The build gives way before each of its two parts and before the render; the page's tasks
    // run in between (one build in a single task would leave the page none).
    expect(await pageTurnsUntil(built)).toBeGreaterThanOrEqual(2);
  });
});
