import { describe, expect, it } from 'vitest';
import type { OffscreenGroup } from '../../src/geo/offscreen';
import { layoutOffscreen, sideOf } from '../../src/map/offscreen-layout';

function group(name: string, x: number, y: number): OffscreenGroup {
  return {
    name,
    ids: [name],
    bounds: [0, 0, 0, 0],
    direction: 'north',
    arrow: '↑',
    edge: { x, y },
  };
}

describe('sideOf', () => {
  it('puts points on the top edge and the upper half of the side edges in the top row', () => {
    expect(sideOf({ x: 0.5, y: 0 })).toBe('top');
    expect(sideOf({ x: 0, y: 0.4 })).toBe('top');
  });

  it('puts points on the bottom edge and the lower half of the side edges in the bottom row', () => {
    expect(sideOf({ x: 0.5, y: 1 })).toBe('bottom');
    expect(sideOf({ x: 1, y: 0.7 })).toBe('bottom');
  });
});

describe('layoutOffscreen', () => {
  it('puts a corner and a nearby top-edge button in one row, in order, so they cannot overlap', () => {
    const rows = layoutOffscreen([group('Central Asia', 0.3, 0), group('Moscow', 0, 0.1)]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.groups.map((item) => item.name)).toEqual(['Moscow', 'Central Asia']);
  });

  it('aligns a row towards where its buttons point', () => {
    expect(layoutOffscreen([group('west', 0.1, 0)])[0]?.align).toBe('start');
    expect(layoutOffscreen([group('middle', 0.5, 0)])[0]?.align).toBe('center');
    expect(layoutOffscreen([group('east', 0.9, 1)])[0]?.align).toBe('end');
  });

  it('gives each side its own row', () => {
    const rows = layoutOffscreen([group('north', 0.5, 0), group('south', 0.5, 1)]);
    expect(rows.map((row) => row.side)).toEqual(['top', 'bottom']);
  });
});
