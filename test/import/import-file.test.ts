import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importStoryFile, MAX_IMPORT_BYTES, tooLarge } from '../../src/import/import-file';
import { describeRefusal, inEnglish } from '../fixtures/describe-import';

const csto = readFileSync('public/stories/csto-2021.json', 'utf8');

describe('importStoryFile', () => {
  it('passes a Dateline story through unchanged', async () => {
    const result = await importStoryFile({ name: 'csto-2021.json', text: csto });
    expect(result).toEqual({ ok: true, story: JSON.parse(csto), format: 'dateline', notes: [] });
  });

  it('refuses a file over 30 MB and says its size', async () => {
    const text = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    const result = await importStoryFile({ name: 'huge.csv', text });
    expect(inEnglish(result)).toEqual({
      ok: false,
      problems: ['"huge.csv" is 30.0 MB; files above 30 MB are not opened.'],
    });
  });

  it('accepts a file of exactly 30 MB and refuses one byte more', () => {
    expect(tooLarge('a.json', MAX_IMPORT_BYTES)).toBeUndefined();
    expect(tooLarge('a.json', MAX_IMPORT_BYTES + 1)).toMatchObject({
      code: 'too-large',
      limit: 30,
    });
  });

  it('says a .json file that does not parse is not valid JSON', async () => {
    const result = await importStoryFile({ name: 'story.json', text: '{"events": [' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(describeRefusal(result.problems[0]!)).toMatch(/^"story.json" is not valid JSON: /);
  });

  it('refuses a binary file posing as CSV', async () => {
    const result = await importStoryFile({
      name: 'events.csv',
      text: 'PK\u0003\u0004\u0000\u0000',
    });
    expect(inEnglish(result)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^"events.csv" is not a text file/)],
    });
  });

  it('refuses a web page', async () => {
    const result = await importStoryFile({ name: 'timeline.csv', text: '<!DOCTYPE html><p>hi' });
    expect(result.ok).toBe(false);
  });

  it('refuses JSON that is none of the known formats, naming its keys', async () => {
    const result = await importStoryFile({ name: 'x.json', text: '{"name": 1, "rows": []}' });
    expect(inEnglish(result)).toEqual({
      ok: false,
      problems: [
        '"x.json" is JSON but not a story, TimelineJS, StoryMapJS or GeoJSON file (its keys: name, rows).',
      ],
    });
  });
});
