import { describe, expect, it } from 'vitest';
import {
  DARK_SURFACES,
  LIGHT_SURFACES,
  contrastRatio,
  legibleColor,
} from '../../src/story/kind-colour';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0072b2', '#0072b2')).toBe(1);
  });
});

describe('legibleColor', () => {
  it('keeps a colour that already stands 3:1 from every surface', () => {
    expect(legibleColor('#0072B2', LIGHT_SURFACES, 'dark')).toBe('#0072b2');
  });

  it('darkens a pale colour just enough for light surfaces', () => {
    const color = legibleColor('#ffff66', LIGHT_SURFACES, 'dark');
    for (const surface of LIGHT_SURFACES) {
      expect(contrastRatio(color, surface)).toBeGreaterThanOrEqual(3);
    }
    // Still yellow: red and green stay equal and above blue.
    expect(color.slice(1, 3)).toBe(color.slice(3, 5));
    expect(parseInt(color.slice(1, 3), 16)).toBeGreaterThan(parseInt(color.slice(5, 7), 16));
  });

  it('lightens a dark colour just enough for dark surfaces', () => {
    const color = legibleColor('#000080', DARK_SURFACES, 'light');
    for (const surface of DARK_SURFACES) {
      expect(contrastRatio(color, surface)).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(legibleColor('#000080', DARK_SURFACES, 'light'), '#262a30')).toBeLessThan(
      4,
    );
  });
});
