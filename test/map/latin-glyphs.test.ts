import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inLatinFace, LATIN_UNICODE_RANGE } from '../../src/map/latin-glyphs';

/** Each unicode-range the Latin faces of noto-sans.css declare, as written there. */
function cssLatinRanges(): string[][] {
  const css = readFileSync('src/app/noto-sans.css', 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
    .map((face) => face[1] ?? '')
    .filter((face) => /noto-sans-latin-\d/.test(face))
    .map((face) =>
      (/unicode-range:([^;]*);/.exec(face)?.[1] ?? '').split(',').map((range) => range.trim()),
    );
}

describe('the Latin face of Noto Sans', () => {
  it('covers what every Latin face in noto-sans.css declares', () => {
    const faces = cssLatinRanges();
    expect(faces.length).toBeGreaterThanOrEqual(4);
    for (const ranges of faces) expect(ranges).toEqual(LATIN_UNICODE_RANGE);
  });

  it('covers English and Western European names, and the dotless i', () => {
    expect(inLatinFace('Bokhtar')).toBe(true);
    expect(inLatinFace('Ürümqi · São Paulo – “Zürich”')).toBe(true);
    expect(inLatinFace('Diyarbakır')).toBe(true);
  });

  it('leaves out names with other Latin letters, and other scripts', () => {
    expect(inLatinFace('İzmir')).toBe(false);
    expect(inLatinFace('Sūrat')).toBe(false);
    expect(inLatinFace('Москва')).toBe(false);
  });
});
