import { describe, expect, it } from 'vitest';
import { kindProperties } from '../../src/app/kind-properties';
import { EVENT_KINDS } from '../../src/story/event-kinds';
import { kindTable } from '../../src/story/kind-looks';

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

  // A story's own kinds: declared colours good and bad (pale yellow, near white, navy, near
  // black), declared kinds without a colour, and kinds used but never declared (defaults).
  const storyKinds = kindTable({
    kinds: [
      { id: 'pale', label: 'Pale', color: '#ffff66' },
      { id: 'white', label: 'White', color: '#fafafa' },
      { id: 'navy', label: 'Navy', color: '#000080' },
      { id: 'black', label: 'Black', color: '#000000' },
      { id: 'brand', label: 'Brand', color: '#b2182b' },
      { id: 'plain', label: 'Plain' },
    ],
    events: Array.from({ length: 14 }, (_, index) => ({ kind: `undeclared-${index}` })),
  }).kinds;

  it('stand out 3:1 from every light surface for declared and default colours', () => {
    expect(storyKinds).toHaveLength(20);
    for (const kind of storyKinds) {
      for (const surface of LIGHT_SURFACES) {
        expect(contrast(kind.color, surface), `${kind.id} on ${surface}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('stand out 3:1 from every dark surface for declared and default colours', () => {
    for (const kind of storyKinds) {
      for (const surface of DARK_SURFACES) {
        expect(
          contrast(kind.colorOnDark, surface),
          `${kind.id} on ${surface}`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('keep a declared colour that already stands out as the author wrote it', () => {
    expect(storyKinds.find((kind) => kind.id === 'brand')?.color).toBe('#b2182b');
  });

  it('write one property per kind of the story', () => {
    const properties = kindProperties('dark', storyKinds);
    expect(Object.keys(properties)).toHaveLength(storyKinds.length);
    expect(properties['--kind-navy']).toBe(
      storyKinds.find((kind) => kind.id === 'navy')?.colorOnDark,
    );
  });

  it('switch to the dark variant for the dark theme', () => {
    expect(kindProperties('dark')['--kind-conflict']).toBe(EVENT_KINDS.conflict.colorOnDark);
  });
});
