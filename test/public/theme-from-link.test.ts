/**
 * The script that puts a link's ?theme on a prerendered page before it is painted reads the
 * link as the app's own schema does: the same value, and nothing for a value the app refuses.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../src/state/url-state';

const SCRIPT = readFileSync('public/theme-from-link.js', 'utf8');

/** The data-theme the script leaves on <html> for a page opened with `search`. */
function themeSet(search: string): string | undefined {
  const dataset: Record<string, string> = {};
  runInNewContext(SCRIPT, {
    window: { location: { search } },
    document: { documentElement: { dataset } },
    URLSearchParams,
  });
  return dataset.theme;
}

const LINKS = [
  '',
  '?theme=light',
  '?theme=dark',
  '?mode=embed&theme=dark',
  '?theme=Dark',
  '?theme=',
  '?theme=dark&theme=light',
  '?theme=%64ark',
  '?theme=dark%20',
  '?theme=light;background:red',
];

describe('the theme a link puts on the page before it is painted', () => {
  for (const search of LINKS) {
    it(`is the app's own reading of "${search}"`, () => {
      expect(themeSet(search)).toBe(parseUrlState(search).state.theme);
    });
  }

  it('sets dark for ?theme=dark', () => {
    expect(themeSet('?theme=dark')).toBe('dark');
  });
});
