import { describe, expect, it } from 'vitest';
import { newLibraryId } from '../../src/library/library-id';
import { localStoryRef, readLocalStoryRef } from '../../src/library/story-ref';
import { retitleStoryText } from '../../src/library/retitle';

describe('library story references', () => {
  it('reads back the id it writes', () => {
    const id = newLibraryId();
    expect(readLocalStoryRef(localStoryRef(id))).toEqual({ local: true, ok: true, id });
  });

  it('leaves shipped ids and paths to the story loader', () => {
    expect(readLocalStoryRef('csto-2021')).toEqual({ local: false });
    expect(readLocalStoryRef('stories/x.json')).toEqual({ local: false });
  });

  it('explains a malformed library reference', () => {
    const read = readLocalStoryRef('local:../../etc');
    expect(read).toMatchObject({ local: true, ok: false });
    if (read.local && !read.ok) expect(read.message).toMatch(/not a library story/);
  });

  it('makes ids of 12 letters and digits', () => {
    expect(newLibraryId(() => new Uint8Array(12).fill(37))).toBe('b'.repeat(12));
  });
});

describe('retitling a story file', () => {
  it('changes only the title', () => {
    const text = retitleStoryText('{"format":1,"title":"Old","events":[]}', 'New');
    expect(JSON.parse(text ?? '')).toEqual({ format: 1, title: 'New', events: [] });
  });

  it('gives nothing for text that is not a JSON object', () => {
    expect(retitleStoryText('not json', 'New')).toBeUndefined();
    expect(retitleStoryText('null', 'New')).toBeUndefined();
  });
});
