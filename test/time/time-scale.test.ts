import { describe, expect, it } from 'vitest';
import {
  axisAround,
  axisIncluding,
  axisLimits,
  clampAxis,
  createTimeScale,
  MIN_AXIS_SPAN,
  panAxis,
  revealOnAxis,
  zoomAxis,
} from '../../src/time/time-scale';

const DAY = 86_400_000;
const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const span = { from: day('2001-10-01'), to: day('2021-10-25') };
const limits = axisLimits(span);
const axis = { from: day('2021-08-01'), to: day('2021-11-01') };

describe('createTimeScale', () => {
  it('maps the axis ends to 0 and the width', () => {
    const scale = createTimeScale(axis, 920);
    expect(scale.x(axis.from)).toBe(0);
    expect(scale.x(axis.to)).toBe(920);
  });

  it('maps a pixel back to the instant it shows', () => {
    const scale = createTimeScale(axis, 920);
    expect(scale.ms(scale.x(day('2021-10-18')))).toBeCloseTo(day('2021-10-18'), -1);
  });

  it('maps everything to 0 before it has a width', () => {
    expect(createTimeScale(axis, 0).x(day('2021-10-18'))).toBe(0);
  });
});

describe('zoomAxis', () => {
  it('halves the span when zooming in by 0.5', () => {
    const next = zoomAxis(axis, 0.5, (axis.from + axis.to) / 2, limits);
    expect(next.to - next.from).toBe((axis.to - axis.from) / 2);
  });

  it('keeps the anchor at the same place on screen', () => {
    const anchor = day('2021-10-18');
    const before = (anchor - axis.from) / (axis.to - axis.from);
    const next = zoomAxis(axis, 0.5, anchor, limits);
    expect((anchor - next.from) / (next.to - next.from)).toBeCloseTo(before, 9);
  });

  it('stops at the shortest span', () => {
    const next = zoomAxis(axis, 0.0001, day('2021-10-18'), limits);
    expect(next.to - next.from).toBe(MIN_AXIS_SPAN);
  });

  it('stops at the whole padded story when zooming out', () => {
    expect(zoomAxis(axis, 1000, day('2021-10-18'), limits)).toEqual(limits.outer);
  });
});

describe('panAxis', () => {
  it('moves the axis by the given time', () => {
    expect(panAxis(axis, 3 * DAY, limits)).toEqual({
      from: axis.from + 3 * DAY,
      to: axis.to + 3 * DAY,
    });
  });

  it('stops at the end of the padded story', () => {
    expect(panAxis(axis, 400 * DAY, limits).to).toBe(limits.outer.to);
  });
});

describe('clampAxis', () => {
  it('pulls an axis past the end back inside, keeping its span', () => {
    const next = clampAxis({ from: day('2022-06-01'), to: day('2022-07-02') }, limits);
    expect(next.to).toBe(limits.outer.to);
    expect(next.to - next.from).toBe(31 * DAY);
  });
});

describe('axisAround', () => {
  it('frames a span with a tenth of it on each side', () => {
    const window = { from: day('2021-10-18'), to: day('2021-10-28') };
    expect(axisAround(window, limits)).toEqual({ from: day('2021-10-17'), to: day('2021-10-29') });
  });
});

describe('axisIncluding', () => {
  it('widens the axis back to an earlier event', () => {
    const next = axisIncluding(axis, day('2021-03-01'), day('2021-04-01'), limits);
    expect(next.from).toBeLessThan(day('2021-03-01'));
    expect(next.to).toBe(axis.to);
  });

  it('leaves an axis that already shows the event', () => {
    expect(axisIncluding(axis, day('2021-10-18'), day('2021-10-19'), limits)).toBe(axis);
  });
});

describe('revealOnAxis', () => {
  it('pans, at the same zoom, to an event before the axis', () => {
    const next = revealOnAxis(axis, day('2021-03-01'), day('2021-04-01'), limits);
    expect(next.to - next.from).toBe(axis.to - axis.from);
    expect(next.from).toBeLessThan(day('2021-03-01'));
    expect(next.to).toBeGreaterThan(day('2021-04-01'));
  });

  it('leaves the axis when part of the event shows', () => {
    expect(revealOnAxis(axis, day('2001-10-01'), day('2021-09-01'), limits)).toBe(axis);
  });
});
