import { describe, expect, it } from 'vitest';
import { hostedStoryRef } from '../../src/embed/embed-code';

const BASE = 'https://news.example/dateline/';

describe('where a kept story will be hosted', () => {
  it('takes a .json path beside the app as the story link', () => {
    expect(hostedStoryRef(' stories/quake.json ', BASE)).toEqual({
      ok: true,
      ref: 'stories/quake.json',
    });
  });

  it('takes a full address on the same site', () => {
    const ref = 'https://news.example/files/quake.json';
    expect(hostedStoryRef(ref, BASE)).toEqual({ ok: true, ref });
  });

  it('refuses another site, since the app opens only its own site’s stories', () => {
    const result = hostedStoryRef('https://cdn.example/quake.json', BASE);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal).toEqual({
        code: 'refused',
        refusal: { code: 'ref-foreign', ref: 'https://cdn.example/quake.json' },
        origin: 'https://news.example',
      });
    }
  });

  it('refuses a bare id or the browser-only reference', () => {
    expect(hostedStoryRef('quake', BASE).ok).toBe(false);
    expect(hostedStoryRef('local:abcdefghij12', BASE).ok).toBe(false);
  });
});
