import { describe, expect, it } from 'vitest';
import { KIND_ORDER, EVENT_KINDS } from '../../src/story/event-kinds';
import { shapeVertices, svgPoints } from '../../src/map/kind-shapes';

describe('shapeVertices', () => {
  it('gives each kind a different outline', () => {
    const outlines = new Set(
      KIND_ORDER.map((kind) => JSON.stringify(shapeVertices(EVENT_KINDS[kind].shape, 8))),
    );
    expect(outlines.size).toBe(KIND_ORDER.length);
  });

  it('keeps every shape within its icon', () => {
    for (const kind of KIND_ORDER) {
      for (const [x, y] of shapeVertices(EVENT_KINDS[kind].shape, 7.5)) {
        expect(Math.hypot(x, y)).toBeLessThan(11);
      }
    }
  });

  it('has the corners its name promises', () => {
    expect(shapeVertices('triangle', 8)).toHaveLength(3);
    expect(shapeVertices('square', 8)).toHaveLength(4);
    expect(shapeVertices('diamond', 8)).toHaveLength(4);
    expect(shapeVertices('hexagon', 8)).toHaveLength(6);
    expect(shapeVertices('star', 8)).toHaveLength(10);
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
