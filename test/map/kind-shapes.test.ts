import { describe, expect, it } from 'vitest';
import { KIND_SYMBOLS } from '../../src/story/kind-looks';
import { shapeVertices, svgPoints } from '../../src/map/kind-shapes';

describe('shapeVertices', () => {
  it('gives each symbol a different outline', () => {
    const outlines = new Set(
      KIND_SYMBOLS.map((symbol) => JSON.stringify(shapeVertices(symbol, 8))),
    );
    expect(outlines.size).toBe(KIND_SYMBOLS.length);
  });

  it('keeps every shape within its icon', () => {
    for (const symbol of KIND_SYMBOLS) {
      for (const [x, y] of shapeVertices(symbol, 7.5)) {
        expect(Math.hypot(x, y)).toBeLessThan(11);
      }
    }
  });

  it('keeps every symbol within a 12-unit swatch', () => {
    for (const symbol of KIND_SYMBOLS) {
      for (const [x, y] of shapeVertices(symbol, 4.9)) {
        expect(Math.max(Math.abs(x), Math.abs(y)), symbol).toBeLessThanOrEqual(6);
      }
    }
  });

  it('points the two triangles opposite ways', () => {
    const below = (symbol: 'triangle' | 'triangle-down') =>
      Math.max(...shapeVertices(symbol, 8).map(([, y]) => y));
    const above = (symbol: 'triangle' | 'triangle-down') =>
      -Math.min(...shapeVertices(symbol, 8).map(([, y]) => y));
    expect(above('triangle')).toBeGreaterThan(below('triangle'));
    expect(below('triangle-down')).toBeGreaterThan(above('triangle-down'));
  });

  it('has the corners its name promises', () => {
    expect(shapeVertices('triangle', 8)).toHaveLength(3);
    expect(shapeVertices('square', 8)).toHaveLength(4);
    expect(shapeVertices('diamond', 8)).toHaveLength(4);
    expect(shapeVertices('hexagon', 8)).toHaveLength(6);
    expect(shapeVertices('star', 8)).toHaveLength(10);
    expect(shapeVertices('cross', 8)).toHaveLength(12);
    expect(shapeVertices('x', 8)).toHaveLength(12);
  });
});

describe('svgPoints', () => {
  it('writes vertices offset to a centre', () => {
    expect(
      svgPoints(
        [
          [1, -1],
          [0.5, 0.25],
        ],
        10,
        10,
      ),
    ).toBe('11,9 10.5,10.25');
  });
});
