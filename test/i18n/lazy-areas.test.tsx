/**
 * The English catalogue's first load leaves out the words of the parts that load later; each part
 * brings its own words, registered before any of its components renders.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const LAZY_AREAS = [
  'draft',
  'editor',
  'embed',
  'imports',
  'library',
  'mapEdit',
  'present',
  'presenterPreview',
  'problems',
  'start',
] as const;

/** Each lazy area, the entry of the part that loads it (as the app's lazy() imports it), and one of its words. */
const PARTS = [
  { area: 'editor', part: '../../src/editor/EditorLayout', word: ['undo', 'Undo'] },
  { area: 'present', part: '../../src/present/PresentLayout', word: ['toolbar', 'Presentation'] },
  { area: 'presenterPreview', part: '../../src/present/PresenterView', word: null },
  { area: 'embed', part: '../../src/embed/EmbedLayout', word: null },
  { area: 'embed', part: '../../src/embed/EmbedDialog', word: null },
  { area: 'start', part: '../../src/start/StartScreen', word: null },
  { area: 'draft', part: '../../src/start/DraftDialog', word: ['submit', 'Draft the story'] },
  { area: 'problems', part: '../../src/app/ProblemNotices', word: null },
  { area: 'imports', part: '../../src/app/ProblemNotices', word: null },
  { area: 'mapEdit', part: '../../src/map/MapEditTools', word: null },
  { area: 'library', part: '../../src/start/StartScreen', word: null },
  { area: 'library', part: '../../src/editor/EditorLayout', word: null },
] as const;

beforeEach(() => {
  vi.resetModules();
});

describe('the English catalogue', () => {
  it('has none of the lazy areas in its first load', async () => {
    const { messages } = await import('../../src/i18n/en');
    const { createFormatter } = await import('../../src/i18n/format');
    const first = Object.keys(messages(createFormatter('en')));
    expect(first).toContain('panels');
    for (const area of LAZY_AREAS) expect(first).not.toContain(area);
  });

  it('has no lazy area loaded once the first page’s modules are', async () => {
    await import('../../src/app/Shell');
    const { isAreaLoaded } = await import('../../src/i18n/lazy-areas');
    expect(LAZY_AREAS.filter((area) => isAreaLoaded(area))).toEqual([]);
  });

  it('says which area was read before its part loaded', async () => {
    const { englishMessages } = await import('../../src/i18n/load-messages');
    expect(() => englishMessages.editor).toThrow(/"editor" words were read before they loaded/);
  });

  for (const { area, part, word } of PARTS) {
    it(`gets the ${area} words when ${part.split('/').at(-1)} loads`, async () => {
      const { isAreaLoaded } = await import('../../src/i18n/lazy-areas');
      const { englishMessages } = await import('../../src/i18n/load-messages');
      expect(isAreaLoaded(area)).toBe(false);
      await import(/* @vite-ignore */ part);
      expect(isAreaLoaded(area)).toBe(true);
      if (word) {
        const [key, text] = word;
        expect(Object.entries(englishMessages[area])).toContainEqual([key, text]);
      }
    });
  }
});
