import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepFontSubsets, parseUnicodeRange, subsetOf } from '../../src/briefing/font-subsets';

const CSS = readFileSync('node_modules/@fontsource/noto-sans/400.css', 'utf8');

/** The subsets a CSS text still loads, read from its woff2 file names. */
function subsetsIn(css: string): string[] {
  return [...css.matchAll(/noto-sans-([a-z]+(?:-ext)?)-400-normal\.woff2/g)].map((m) => m[1] ?? '');
}

describe('keepFontSubsets', () => {
  it('keeps Latin and Cyrillic and drops scripts the text does not use', () => {
    expect(subsetsIn(keepFontSubsets(CSS, 'Dushanbe'))).toEqual(['cyrillic', 'latin']);
  });

  it('keeps a further subset when the text has a letter only it covers', () => {
    // "ū" (U+016B) is in latin-ext: Tajik names transliterated with macrons need it.
    expect(subsetsIn(keepFontSubsets(CSS, 'Kūlob'))).toEqual(['cyrillic', 'latin-ext', 'latin']);
  });

  it('loads each kept face from its woff2 only', () => {
    const kept = keepFontSubsets(CSS, '');
    expect(kept).toContain("format('woff2')");
    expect(kept).not.toMatch(/\.woff\)/);
  });

  it('leaves other CSS as it was', () => {
    const css = '.x { color: red; }\n';
    expect(keepFontSubsets(css, '')).toBe(css);
  });
});

describe('reading @fontsource faces', () => {
  it('reads single code points and ranges from a unicode-range', () => {
    expect(parseUnicodeRange('U+0400-045F, U+2116')).toEqual([
      [0x400, 0x45f],
      [0x2116, 0x2116],
    ]);
  });

  it('reads the subset from the file name', () => {
    expect(subsetOf('url(./files/noto-sans-cyrillic-ext-700-italic.woff2)')).toBe('cyrillic-ext');
  });
});
