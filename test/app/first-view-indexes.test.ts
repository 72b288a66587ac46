/** A big story's indexes are built in tasks of their own before its first render. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildFirstViewIndexes } from '../../src/app/first-view-indexes';
import { miniStory } from '../fixtures/load-fixture';
import { storyWithManyEvents } from '../fixtures/many-events';

afterEach(() => vi.useRealTimers());

/** Whether the promise has settled once the microtasks queued now have run. */
async function settledSoon(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
  return settled;
}

describe('a story’s first-view indexes', () => {
  it('hold nothing back for a small story', async () => {
    vi.useFakeTimers();
    const built = buildFirstViewIndexes({ ok: true, story: miniStory(), problems: [] });
    expect(await settledSoon(built)).toBe(true);
  });

  it('hold nothing back for a story that failed', async () => {
    vi.useFakeTimers();
    const built = buildFirstViewIndexes({ ok: false, problems: [] });
    expect(await settledSoon(built)).toBe(true);
  });

  it('are built for a big story in tasks of their own, the page free between them', async () => {
    vi.useFakeTimers();
    const story = storyWithManyEvents(2000);
    const built = buildFirstViewIndexes({ ok: true, story, problems: [] });
    expect(await settledSoon(built)).toBe(false);
    await vi.runAllTimersAsync();
    expect(await settledSoon(built)).toBe(true);
  });
});
