import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { copyForEditing } from '../../src/app/edit-copy';
import { createStoryLibrary } from '../../src/library/story-library';
import { miniStory, miniStoryData } from '../fixtures/load-fixture';

let count = 0;
const freshLibrary = () => {
  count += 1;
  return createStoryLibrary({ name: `edit-copy-${count}` });
};

describe('"Edit a copy"', () => {
  it('keeps a shipped story, fetched from its URL, in the library', async () => {
    const text = JSON.stringify(miniStoryData());
    const fetcher = vi.fn(async () => new Response(text));
    const library = freshLibrary();
    const copied = await copyForEditing(
      library,
      miniStory(),
      { url: 'http://x.test/s.json' },
      fetcher,
    );
    if (!copied.ok) throw new Error('not copied');
    const read = await library.read(copied.id);
    expect(read.ok && read.value?.text).toBe(text);
  });

  it('says why when the file cannot be fetched', async () => {
    const fetcher = vi.fn(async () => new Response('', { status: 404 }));
    const copied = await copyForEditing(
      freshLibrary(),
      miniStory(),
      { url: 'http://x.test/s.json' },
      fetcher,
    );
    expect(copied).toEqual({ ok: false, message: 'HTTP 404 for http://x.test/s.json' });
  });
});
