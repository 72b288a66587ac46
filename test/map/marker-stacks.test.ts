import { describe, expect, it } from 'vitest';
import {
  assignSlots,
  MAX_STACK,
  stackOffset,
  stackOffsetExpression,
  stackSlot,
} from '../../src/map/marker-stacks';

const DUSHANBE: [number, number] = [68.78, 38.56];
const KABUL: [number, number] = [69.17, 34.53];
const KABUL_AIRPORT: [number, number] = [69.21, 34.56];

describe('assignSlots', () => {
  it('leaves markers at different places alone', () => {
    expect(assignSlots([DUSHANBE, KABUL])).toEqual([stackSlot(1, 0), stackSlot(1, 0)]);
  });

  it('stacks markers within a few kilometres, in the order given', () => {
    expect(assignSlots([KABUL, DUSHANBE, KABUL_AIRPORT, KABUL])).toEqual([
      stackSlot(3, 0),
      stackSlot(1, 0),
      stackSlot(3, 1),
      stackSlot(3, 2),
    ]);
  });
});

describe('stackOffset', () => {
  it('does not move a marker that is alone', () => {
    expect(stackOffset(1, 0)).toEqual([0, 0]);
  });

  it('puts two markers side by side', () => {
    const [left, right] = [stackOffset(2, 0), stackOffset(2, 1)];
    expect(left[0]).toBeLessThan(0);
    expect(right[0]).toBeGreaterThan(0);
    expect(left[1]).toBeCloseTo(0, 5);
  });

  it('keeps neighbours on the ring far enough apart not to cover each other', () => {
    for (let size = 2; size <= MAX_STACK; size += 1) {
      const [x0, y0] = stackOffset(size, 0);
      const [x1, y1] = stackOffset(size, 1);
      expect(Math.hypot(x1 - x0, y1 - y0)).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('stackOffsetExpression', () => {
  it('maps each slot to its offset, scaled for larger icons', () => {
    const expression: unknown[] = [...stackOffsetExpression(2)];
    const at = expression.indexOf(stackSlot(2, 1));
    const [x, y] = stackOffset(2, 1);
    expect(expression[at + 1]).toEqual(['literal', [x / 2, y / 2]]);
  });
});
