import { describe, expect, it, vi } from 'vitest';
import { readStoryFile, type PickedFile } from '../../src/library/read-story-file';
import type { ImportNote } from '../../src/import/import-notes';
import { describeProblem } from '../fixtures/describe-problem';
import { validEvent, validStory } from '../story/story-builders';

function file(name: string, text: string, size = text.length): PickedFile {
  return { name, size, text: vi.fn(async () => text) };
}

/** An import's note: rows 2 and 4 had no coordinates. */
const note: ImportNote = { reason: { code: 'no-coordinates' }, part: 'row', numbers: [2, 4] };

describe('opening a picked file', () => {
  it('opens a Dateline story and keeps its exact text', async () => {
    const text = JSON.stringify(validStory(), null, 4);
    const opened = await readStoryFile(file('story.json', text));
    expect(opened.ok && opened.story.title).toBe('A test story');
    expect(opened.ok && opened.text).toBe(text);
    expect(opened.ok && opened.origin).toBe('dateline');
  });

  it('opens a story with a bad event and reports the event as the parser does', async () => {
    const bad = validEvent({ id: 'bad', time: { start: '18 Oct', precision: 'day' } });
    const text = JSON.stringify(validStory({ events: [validEvent(), bad] }));
    const opened = await readStoryFile(file('story.json', text));
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.problems[0]?.path).toMatch(/^events\[1\]/);
  });

  it('refuses a file over 30 MB without reading it', async () => {
    const picked = file('huge.json', '{}', 31 * 1024 * 1024);
    const opened = await readStoryFile(picked);
    expect(opened.ok).toBe(false);
    if (!opened.ok)
      expect(opened.problems.map(describeProblem)[0]).toMatch(/31\.0 MB; files above 30 MB/);
    expect(picked.text).not.toHaveBeenCalled();
  });

  it('sends other files to the importer and keeps its notes', async () => {
    const importer = vi.fn(async () => ({
      ok: true as const,
      story: validStory({ title: 'Imported' }),
      format: 'csv' as const,
      notes: [note],
    }));
    const opened = await readStoryFile(file('events.csv', 'a,b\n1,2'), importer);
    expect(importer).toHaveBeenCalledWith({ name: 'events.csv', text: 'a,b\n1,2' });
    expect(opened.ok && opened.notes).toEqual([note]);
    expect(opened.ok && JSON.parse(opened.text).title).toBe('Imported');
  });

  it('says what the importer found wrong', async () => {
    const refusal = { code: 'no-rows' as const, file: 'events.csv' };
    const importer = vi.fn(async () => ({ ok: false as const, problems: [refusal] }));
    const opened = await readStoryFile(file('events.csv', 'a,b'), importer);
    expect(opened).toEqual({
      ok: false,
      problems: [{ path: '', code: 'import-refused', refusal }],
    });
    if (!opened.ok)
      expect(describeProblem(opened.problems[0]!)).toBe('"events.csv" has a header but no rows');
  });

  it('says a broken JSON file is not valid JSON', async () => {
    const opened = await readStoryFile(file('broken.json', '{"format": 1, "id": "broken", '));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.problems.map(describeProblem)[0]).toMatch(/not valid JSON/);
  });

  it('keeps the notes of an import that found no event, as coded problems', async () => {
    const refusal = { code: 'no-events' as const, file: 'events.csv' };
    const importer = vi.fn(async () => ({
      ok: false as const,
      problems: [refusal],
      notes: [note],
    }));
    const opened = await readStoryFile(file('events.csv', 'a,b'), importer);
    expect(!opened.ok && opened.problems[1]).toEqual({ path: '', code: 'import-note', note });
  });

  it('says which file could not be read, with the browser’s words only as a detail', async () => {
    const picked: PickedFile = {
      name: 'gone.csv',
      size: 10,
      text: async () => {
        throw new DOMException('A requested file could not be found.', 'NotFoundError');
      },
    };
    const opened = await readStoryFile(picked);
    expect(!opened.ok && opened.problems).toEqual([
      {
        path: '',
        code: 'file-unreadable',
        file: 'gone.csv',
        reason: 'A requested file could not be found.',
      },
    ]);
  });

  it('says the importers could not be loaded, with the browser’s words only as a detail', async () => {
    const importer = vi.fn(async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const opened = await readStoryFile(file('events.csv', 'a,b'), importer);
    expect(!opened.ok && opened.problems).toEqual([
      {
        path: '',
        code: 'importers-unloaded',
        reason: 'Failed to fetch dynamically imported module',
      },
    ]);
  });
});
