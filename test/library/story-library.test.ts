import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import type { LibraryResult } from '../../src/library/library-errors';
import type { NewLibraryStory } from '../../src/library/library-id';
import { createStoryLibrary } from '../../src/library/story-library';

let counter = 0;
/** A library on a database of its own, so tests never see each other's stories. */
function freshLibrary(now?: () => number) {
  counter += 1;
  const name = `test-library-${counter}`;
  return { name, library: createStoryLibrary({ name, now }) };
}

function story(title: string, extra: Record<string, unknown> = {}): NewLibraryStory {
  return {
    text: JSON.stringify({ format: 1, id: 'a-story', title, ...extra }),
    title,
    summary: `About ${title}`,
    eventCount: 2,
    fileName: `${title}.json`,
    origin: 'dateline',
  };
}

function value<T>(result: LibraryResult<T>): T {
  if (!result.ok) throw new Error(`library: ${result.error.kind}`);
  return result.value;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the story library', () => {
  it('keeps a story and reads back its entry and exact text', async () => {
    const { library } = freshLibrary();
    const kept = value(await library.keep(story('Quake in Chile')));
    expect(kept.id).toMatch(/^[a-z0-9]{12}$/);
    const read = value(await library.read(kept.id));
    expect(read?.entry.title).toBe('Quake in Chile');
    expect(read?.text).toBe(story('Quake in Chile').text);
  });

  it('saves new text over a kept story under the same id', async () => {
    let time = 1000;
    const { library } = freshLibrary(() => time);
    const kept = value(await library.keep(story('Before')));
    time = 2000;
    const saved = value(await library.save(kept.id, story('After', { summary: 'edited' })));
    expect([saved.id, saved.title, saved.savedAt]).toEqual([kept.id, 'After', 2000]);
    expect(value(await library.read(kept.id))?.text).toBe(
      story('After', { summary: 'edited' }).text,
    );
    expect(value(await library.list())).toHaveLength(1);
  });

  it('refuses to save over a story that is not kept', async () => {
    const { library } = freshLibrary();
    const result = await library.save('abcdefghijkl', story('Lost'));
    expect(result.ok).toBe(false);
  });

  it('keeps the same file once, however often it is opened', async () => {
    const { library } = freshLibrary();
    const first = value(await library.keep(story('Same')));
    const second = value(await library.keep(story('Same')));
    expect(second.id).toBe(first.id);
    expect(value(await library.list())).toHaveLength(1);
  });

  it('lists the story opened last first', async () => {
    let time = 1000;
    const { library } = freshLibrary(() => time);
    const older = value(await library.keep(story('Older')));
    time = 2000;
    value(await library.keep(story('Newer')));
    time = 3000;
    value(await library.markOpened(older.id));
    expect(value(await library.list()).map((entry) => entry.title)).toEqual(['Older', 'Newer']);
  });

  it('renames the entry and the title inside the kept file', async () => {
    const { library } = freshLibrary();
    const kept = value(await library.keep(story('Old name')));
    value(await library.rename(kept.id, 'New name'));
    const read = value(await library.read(kept.id));
    expect(read?.entry.title).toBe('New name');
    expect(JSON.parse(read?.text ?? '{}')).toMatchObject({ title: 'New name', id: 'a-story' });
  });

  it('duplicates a story under a new id without tying the two together', async () => {
    const { library } = freshLibrary();
    const kept = value(await library.keep(story('Original')));
    const copy = value(await library.duplicate(kept.id));
    expect(copy.id).not.toBe(kept.id);
    expect(copy.title).toBe('Original (copy)');
    value(await library.rename(copy.id, 'Changed copy'));
    expect(value(await library.read(kept.id))?.entry.title).toBe('Original');
  });

  it('deletes a story and restores it exactly on undo', async () => {
    const { library } = freshLibrary();
    const kept = value(await library.keep(story('Doomed')));
    const removed = value(await library.remove(kept.id));
    expect(value(await library.list())).toEqual([]);
    expect(value(await library.read(kept.id))).toBeUndefined();
    value(await library.restore(removed));
    expect(value(await library.read(kept.id))).toEqual({
      entry: kept,
      text: story('Doomed').text,
    });
  });

  it('skips an entry that no longer reads instead of failing the list', async () => {
    const { name, library } = freshLibrary();
    value(await library.keep(story('Good')));
    const db = await openDB(name);
    await db.put('entries', { id: 'not an id', title: 42 });
    db.close();
    expect(value(await library.list()).map((entry) => entry.title)).toEqual(['Good']);
  });

  it('says plainly when the browser has no IndexedDB (private mode, storage off)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { library } = freshLibrary();
    const result = await library.keep(story('Nowhere'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toEqual({ kind: 'unavailable' });
    }
  });

  it('says the storage is full when the browser refuses the quota', async () => {
    const { library } = freshLibrary();
    value(await library.list());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const result = await library.keep(story('Too big'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual({ kind: 'full' });
  });

  it('refuses to rename a story whose kept file is not a JSON object', async () => {
    const { library } = freshLibrary();
    const kept = value(await library.keep({ ...story('Odd'), text: '[1, 2]' }));
    const result = await library.rename(kept.id, 'Renamed');
    expect(result).toEqual({ ok: false, error: { kind: 'not-json', title: 'Odd' } });
    expect(value(await library.read(kept.id))?.entry.title).toBe('Odd');
  });
});
