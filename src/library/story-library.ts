/**
 * The library of stories kept in this browser (IndexedDB, through the small `idb` wrapper).
 * Entries (what the start screen lists) and file texts (up to 30 MB each) live in two stores,
 * so listing never reads the texts. Every call returns a result and never throws: a browser
 * that will not keep anything (private window, storage off, quota refused) must not stop a
 * story from opening.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { LibraryEntry } from './library-entry';
import { newLibraryId, type NewLibraryStory } from './library-id';
import { classifyLibraryError, type LibraryFailed, type LibraryResult } from './library-errors';
import { retitleStoryText } from './retitle';

interface LibrarySchema extends DBSchema {
  entries: { key: string; value: LibraryEntry };
  files: { key: string; value: { id: string; text: string } };
}

/** A story taken out of the library, held so that Undo can put it back exactly. */
export interface RemovedStory {
  readonly entry: LibraryEntry;
  readonly text: string;
}

/** A kept story read back: its entry and its file's text. */
export interface KeptStory {
  readonly entry: LibraryEntry;
  readonly text: string;
}

export interface StoryLibrary {
  /** Every kept story, last opened first. Entries that no longer read are skipped. */
  list(): Promise<LibraryResult<LibraryEntry[]>>;
  /** One story with its text; undefined when there is none with that id. */
  read(id: string): Promise<LibraryResult<KeptStory | undefined>>;
  /** Keeps a story; the same text kept before is not kept twice (its entry comes back). */
  keep(story: NewLibraryStory): Promise<LibraryResult<LibraryEntry>>;
  /** Notes that a story was opened now, so it lists first. */
  markOpened(id: string): Promise<LibraryResult<LibraryEntry | undefined>>;
  /** Renames the story: its entry and the title inside its file. */
  rename(id: string, title: string): Promise<LibraryResult<LibraryEntry>>;
  /** Writes a story's new text over its kept one (the editor's autosave); the id stays. */
  save(id: string, story: NewLibraryStory): Promise<LibraryResult<LibraryEntry>>;
  /** Keeps a copy under a new id, titled "… (copy)". */
  duplicate(id: string): Promise<LibraryResult<LibraryEntry>>;
  /** Deletes a story; what comes back can be restored. */
  remove(id: string): Promise<LibraryResult<RemovedStory>>;
  /** Puts back a removed story, as it was. */
  restore(removed: RemovedStory): Promise<LibraryResult<LibraryEntry>>;
}

export interface LibraryOptions {
  /** The IndexedDB database's name (tests use their own). */
  readonly name?: string;
  readonly now?: () => number;
}

/** The database every Dateline page on this origin shares. */
export const LIBRARY_DB = 'dateline-library';
const VERSION = 1;

type Db = IDBPDatabase<LibrarySchema>;
type Schemas = typeof import('./library-entry');

// The schemas that check what storage hands back come with the library's first use.
let schemasLoading: Promise<Schemas> | undefined;

/** Builds the library; the database is opened on first use. */
export function createStoryLibrary(options: LibraryOptions = {}): StoryLibrary {
  const name = options.name ?? LIBRARY_DB;
  const now = options.now ?? Date.now;
  let opening: Promise<Db> | undefined;

  function database(): Promise<Db> {
    if (typeof indexedDB === 'undefined' || indexedDB === null) {
      return Promise.reject(new DOMException('IndexedDB is not available', 'InvalidStateError'));
    }
    // `idb` comes with the library's first use, not in the reader's first load.
    opening ??= import('idb')
      .then(({ openDB }) =>
        openDB<LibrarySchema>(name, VERSION, {
          upgrade(db) {
            db.createObjectStore('entries', { keyPath: 'id' });
            db.createObjectStore('files', { keyPath: 'id' });
          },
          // The browser closed the connection (storage cleared): open afresh next time.
          terminated: () => {
            opening = undefined;
          },
        }),
      )
      .catch((error: unknown) => {
        opening = undefined;
        throw error;
      });
    return opening;
  }

  async function run<T>(
    work: (db: Db, schemas: Schemas) => Promise<LibraryResult<T>>,
  ): Promise<LibraryResult<T>> {
    try {
      schemasLoading ??= import('./library-entry').catch((error: unknown) => {
        schemasLoading = undefined;
        throw error;
      });
      const [db, schemas] = await Promise.all([database(), schemasLoading]);
      return await work(db, schemas);
    } catch (error) {
      return { ok: false, error: classifyLibraryError(error) };
    }
  }

  async function readEntry(
    db: Db,
    schemas: Schemas,
    id: string,
  ): Promise<LibraryEntry | undefined> {
    const parsed = schemas.libraryEntrySchema.safeParse(await db.get('entries', id));
    return parsed.success ? parsed.data : undefined;
  }

  async function readText(db: Db, schemas: Schemas, id: string): Promise<string | undefined> {
    const parsed = schemas.libraryFileSchema.safeParse(await db.get('files', id));
    return parsed.success ? parsed.data.text : undefined;
  }

  async function put(db: Db, entry: LibraryEntry, text?: string): Promise<void> {
    const tx = db.transaction(['entries', 'files'], 'readwrite');
    await Promise.all([
      tx.objectStore('entries').put(entry),
      text === undefined ? undefined : tx.objectStore('files').put({ id: entry.id, text }),
      tx.done,
    ]);
  }

  const missing = (id: string): LibraryFailed => ({
    ok: false,
    error: { kind: 'missing', story: id },
  });

  return {
    list: () =>
      run(async (db, schemas) => {
        const entries = (await db.getAll('entries')).flatMap((raw) => {
          const parsed = schemas.libraryEntrySchema.safeParse(raw);
          return parsed.success ? [parsed.data] : [];
        });
        entries.sort((a, b) => b.openedAt - a.openedAt || a.title.localeCompare(b.title));
        return { ok: true, value: entries };
      }),

    read: (id) =>
      run(async (db, schemas) => {
        const entry = await readEntry(db, schemas, id);
        const text = entry && (await readText(db, schemas, id));
        return { ok: true, value: entry && text !== undefined ? { entry, text } : undefined };
      }),

    keep: (story) =>
      run(async (db, schemas) => {
        const time = now();
        for (const raw of await db.getAll('entries')) {
          const same = schemas.libraryEntrySchema.safeParse(raw);
          if (!same.success || same.data.length !== story.text.length) continue;
          if ((await readText(db, schemas, same.data.id)) !== story.text) continue;
          const entry = { ...same.data, openedAt: time };
          await put(db, entry);
          return { ok: true, value: entry };
        }
        const entry: LibraryEntry = {
          id: newLibraryId(),
          title: story.title,
          summary: story.summary,
          eventCount: story.eventCount,
          fileName: story.fileName,
          origin: story.origin,
          length: story.text.length,
          savedAt: time,
          openedAt: time,
        };
        await put(db, entry, story.text);
        requestPersistence();
        return { ok: true, value: entry };
      }),

    markOpened: (id) =>
      run(async (db, schemas) => {
        const entry = await readEntry(db, schemas, id);
        if (!entry) return { ok: true, value: undefined };
        const opened = { ...entry, openedAt: now() };
        await put(db, opened);
        return { ok: true, value: opened };
      }),

    rename: (id, title) =>
      run(async (db, schemas) => {
        const entry = await readEntry(db, schemas, id);
        const text = entry && (await readText(db, schemas, id));
        if (!entry || text === undefined) return missing(id);
        const renamed = retitleStoryText(text, title);
        if (renamed === undefined) return notJson(entry);
        const next = { ...entry, title, length: renamed.length };
        await put(db, next, renamed);
        return { ok: true, value: next };
      }),

    save: (id, story) =>
      run(async (db, schemas) => {
        const entry = await readEntry(db, schemas, id);
        if (!entry) return missing(id);
        const next: LibraryEntry = {
          ...entry,
          title: story.title,
          summary: story.summary,
          eventCount: story.eventCount,
          length: story.text.length,
          savedAt: now(),
        };
        await put(db, next, story.text);
        return { ok: true, value: next };
      }),

    duplicate: (id) =>
      run(async (db, schemas) => {
        const entry = await readEntry(db, schemas, id);
        const text = entry && (await readText(db, schemas, id));
        if (!entry || text === undefined) return missing(id);
        const title = `${entry.title} (copy)`;
        const copied = retitleStoryText(text, title);
        if (copied === undefined) return notJson(entry);
        const time = now();
        const copy: LibraryEntry = {
          ...entry,
          id: newLibraryId(),
          title,
          length: copied.length,
          savedAt: time,
          openedAt: time,
        };
        await put(db, copy, copied);
        return { ok: true, value: copy };
      }),

    remove: (id) =>
      run(async (db, schemas) => {
        const entry = await readEntry(db, schemas, id);
        const text = entry && (await readText(db, schemas, id));
        if (!entry || text === undefined) return missing(id);
        const tx = db.transaction(['entries', 'files'], 'readwrite');
        await Promise.all([
          tx.objectStore('entries').delete(id),
          tx.objectStore('files').delete(id),
          tx.done,
        ]);
        return { ok: true, value: { entry, text } };
      }),

    restore: (removed) =>
      run(async (db) => {
        await put(db, removed.entry, removed.text);
        return { ok: true, value: removed.entry };
      }),
  };
}

function notJson(entry: LibraryEntry): LibraryFailed {
  return { ok: false, error: { kind: 'not-json', title: entry.title } };
}

/**
 * Asks the browser not to clear the library under storage pressure ("kept until the user
 * deletes it"). Browsers may say no; the library works the same either way.
 */
function requestPersistence(): void {
  if (typeof navigator === 'undefined') return;
  const storage: Partial<StorageManager> | undefined = navigator.storage;
  void storage?.persist?.().catch(() => undefined);
}
