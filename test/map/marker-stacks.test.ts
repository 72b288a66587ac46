import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import {
  assignSlots,
  slotOffset,
  stackSlotsByEvent,
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

describe('assignSlots at scale', () => {
  /** The plain quadratic rule the grid must agree with: join the first stack whose seed is near. */
  function naiveSlots(positions: [number, number][], radiusKm: number): number[] {
    const seeds: [number, number][] = [];
    const stackOf = positions.map((position) => {
      let stack = seeds.findIndex((seed) => distance(seed, position) <= radiusKm);
      if (stack < 0) stack = seeds.push(position) - 1;
      return stack;
    });
    return stackOf.map((stack, index) => {
      const members = stackOf.filter((other) => other === stack).length;
      const slot = stackOf.slice(0, index).filter((other) => other === stack).length;
      return stackSlot(members, slot);
    });
  }

  it('agrees with the plain rule on clustered points', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const positions = Array.from({ length: 600 }, (): [number, number] => [
      68 + random() * 2,
      37 + random() * 2,
    ]);
    expect(assignSlots(positions, 10)).toEqual(naiveSlots(positions, 10));
  });
});

describe('stackSlotsByEvent', () => {
  const place = (coordinates: [number, number]) => ({
    name: 'here',
    geometry: { type: 'Point' as const, coordinates },
    uncertaintyKm: 0,
  });

  it('stacks every placed event in story order, by id', () => {
    const events = [
      { id: 'a', place: place(KABUL) },
      { id: 'b', place: undefined },
      { id: 'c', place: place(DUSHANBE) },
      { id: 'd', place: place(KABUL_AIRPORT) },
    ];
    const slots = stackSlotsByEvent(events);
    expect(slots.get('a')).toEqual([stackSlot(2, 0)]);
    expect(slots.get('b')).toBeUndefined();
    expect(slots.get('c')).toEqual([stackSlot(1, 0)]);
    expect(slots.get('d')).toEqual([stackSlot(2, 1)]);
  });
});

describe('slotOffset', () => {
  it('reads a slot back into its offset', () => {
    for (const [size, index] of [
      [1, 0],
      [2, 1],
      [5, 3],
      [MAX_STACK, MAX_STACK - 1],
    ] as const) {
      expect(slotOffset(stackSlot(size, index))).toEqual(stackOffset(size, index));
    }
  });
});
