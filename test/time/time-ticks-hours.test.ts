import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../src/time/time-ticks';
import { MIN_AXIS_SPAN, MIN_TIMED_AXIS_SPAN, axisLimits } from '../../src/time/time-scale';

const at = (text: string) => Date.parse(`${text}Z`);
const oneDay = { from: at('2021-10-19T00:00'), to: at('2021-10-20T00:00') };

describe('hour ticks', () => {
  it('label hours on a day-long axis of a story with times', () => {
    const ticks = axisTicks(oneDay, 1000, 'hour');
    expect(ticks.interval.unit).toBe('hour');
    expect(ticks.major.map((tick) => tick.label)).toContain('12:00');
  });

  it('name the day at midnight, with its year', () => {
    const ticks = axisTicks(oneDay, 1000, 'hour');
    expect(ticks.major[0]?.label).toBe('19 Oct 2021');
  });

  it('never appear for a story without times', () => {
    expect(axisTicks(oneDay, 1000).interval.unit).toBe('day');
  });
});

describe('axisLimits', () => {
  it('let a story with times zoom to a few hours, others to a few days', () => {
    const span = { from: at('2021-10-19T00:00'), to: at('2021-10-20T00:00') };
    expect(axisLimits(span).minSpan).toBe(MIN_AXIS_SPAN);
    expect(axisLimits(span, MIN_TIMED_AXIS_SPAN).minSpan).toBe(6 * 3_600_000);
  });
});
