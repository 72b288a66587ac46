import { describe, expect, it } from 'vitest';
import { INSTANCE_FIELDS, INSTANCE_STRIDE, markData } from '../../../src/map/time-marks/mark-data';
import { stackOffset, stackSlot } from '../../../src/map/marker-stacks';
import { circles, marker, markers } from './fixtures';

const F = INSTANCE_FIELDS;

describe('the instance layout', () => {
  it('fills whole RGBA texels, as the marks’ texture and the shader read a mark', () => {
    expect(INSTANCE_STRIDE % 4).toBe(0);
    expect(Math.max(...Object.values(INSTANCE_FIELDS))).toBeLessThan(INSTANCE_STRIDE);
  });
});

describe('markData', () => {
  const a = marker('a', [69, 37], [0, 1]);
  const b = marker('b', [70, 38], [5, 6], { slot: stackSlot(2, 1), approximate: true });
  const lineEnd = marker('a', [71, 39], [0, 1]);
  const data = markData(markers(a, b, lineEnd), circles([a, 2.5]));
  const field = (index: number, name: keyof typeof F) =>
    data.instances[index * INSTANCE_STRIDE + F[name]];

  it('makes one instance per marker, in order, with its event id', () => {
    expect(data.count).toBe(3);
    expect(data.ids).toEqual(['a', 'b', 'a']);
    expect(data.indexOf.get('a')).toBe(0);
  });

  it('gives a stacked marker its offset on the ring', () => {
    const [x, y] = stackOffset(2, 1);
    expect([field(1, 'offsetX'), field(1, 'offsetY')]).toEqual([Math.fround(x), Math.fround(y)]);
    expect(data.stackFirsts).toEqual([0, 2]);
  });

  it('shares one atlas image among marks that look alike and adds one for a hollow mark', () => {
    expect(data.icons).toHaveLength(2);
    expect(field(0, 'icon')).toBe(field(2, 'icon'));
    expect(data.icons[field(1, 'icon') ?? 0]).toMatchObject({ symbol: 'triangle', hollow: true });
  });

  it('draws the circle of doubt once per event', () => {
    expect(field(0, 'radius0')).toBe(2.5);
    expect(field(2, 'radius0')).toBe(0);
  });

  it('flags a guess for its dashed ring, and only a guess', () => {
    const guess = marker('g', [69, 37], [0, 1]);
    const flagged = markData(
      markers(a, { ...guess, properties: { ...guess.properties, guess: true } }),
      circles(),
    );
    expect([0, 1].map((i) => flagged.instances[i * INSTANCE_STRIDE + F.guess])).toEqual([0, 1]);
  });

  it('keeps exact times for picking beside the encoded ones', () => {
    expect(data.starts[1]).toBe(b.properties.start);
    expect(field(1, 'start')).toBe(5 * 24 * 60);
  });
});
