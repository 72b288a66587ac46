/** Which loads still running may be a big story, whose text the map engine waits for. */
import { describe, expect, it } from 'vitest';
import { mayBeBigStory } from '../../src/story/big-story';

const KB = 1024;

describe('a story that may be big', () => {
  it('is assumed while nothing has arrived: the story could be any size', () => {
    expect(mayBeBigStory(undefined)).toBe(true);
  });

  it('is not a file whose length says it is small, from its first bytes', () => {
    expect(mayBeBigStory({ phase: 'reading', bytes: 4 * KB, total: 60 * KB })).toBe(false);
  });

  it('is a file whose length says it is big, from its first bytes', () => {
    expect(mayBeBigStory({ phase: 'reading', bytes: 4 * KB, total: 3000 * KB })).toBe(true);
  });

  it('is a file of unknown length until all of it has arrived', () => {
    expect(mayBeBigStory({ phase: 'reading', bytes: 60 * KB })).toBe(true);
  });

  it('is judged by its events once they are being checked', () => {
    expect(mayBeBigStory({ phase: 'checking', events: 20 })).toBe(false);
    expect(mayBeBigStory({ phase: 'checking', events: 10_000 })).toBe(true);
  });
});
