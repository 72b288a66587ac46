import { describe, expect, it } from 'vitest';
import { kindProperties } from '../../src/app/kind-properties';
import { EVENT_KINDS } from '../../src/story/event-kinds';

describe('kindProperties', () => {
  it('writes one --kind-<kind> property per kind, in its EVENT_KINDS colour', () => {
    const properties = kindProperties();
    expect(Object.keys(properties)).toHaveLength(Object.keys(EVENT_KINDS).length);
    expect(properties['--kind-exercise']).toBe(EVENT_KINDS.exercise.color);
    expect(properties['--kind-military-presence']).toBe(EVENT_KINDS['military-presence'].color);
  });
});

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

describe('kind colours', () => {
  // The surfaces of src/app/theme.css that marks and swatches sit on.
  const LIGHT_SURFACES = ['#ffffff', '#f1f0ec', '#f6f5f2'];
  const DARK_SURFACES = ['#15181b', '#1d2024', '#262a30'];

  it('stand out 3:1 from every light surface', () => {
    for (const [kind, style] of Object.entries(EVENT_KINDS)) {
      for (const surface of LIGHT_SURFACES) {
        expect(contrast(style.color, surface), `${kind} on ${surface}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('stand out 3:1 from every dark surface in the dark variant', () => {
    for (const [kind, style] of Object.entries(EVENT_KINDS)) {
      for (const surface of DARK_SURFACES) {
        expect(
          contrast(style.colorOnDark, surface),
          `${kind} on ${surface}`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('switch to the dark variant for the dark theme', () => {
    expect(kindProperties('dark')['--kind-conflict']).toBe(EVENT_KINDS.conflict.colorOnDark);
  });
});
