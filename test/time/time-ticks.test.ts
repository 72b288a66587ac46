import { describe, expect, it } from 'vitest';
import { axisTicks, tickInstants } from '../../src/time/time-ticks';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const ISO = /\d{4}-\d{2}/;

describe('axisTicks', () => {
  it('labels years when the whole twenty-year story is in view', () => {
    const ticks = axisTicks({ from: day('2001-09-01'), to: day('2021-12-01') }, 1000);
    expect(ticks.interval.unit).toBe('year');
    expect(ticks.major.map((tick) => tick.label)).toContain('2010');
  });

  it('labels months across a few months, with the year on the first', () => {
    const ticks = axisTicks({ from: day('2021-05-20'), to: day('2021-11-10') }, 1000);
    expect(ticks.interval).toEqual({ unit: 'month', step: 1 });
    expect(ticks.major.map((tick) => tick.label).slice(0, 3)).toEqual(['Jun 2021', 'Jul', 'Aug']);
  });

  it('labels days when zoomed in to a fortnight', () => {
    const ticks = axisTicks({ from: day('2021-10-12'), to: day('2021-10-26') }, 1000);
    expect(ticks.interval.unit).toBe('day');
    expect(ticks.major.map((tick) => tick.label)).toContain('18 Oct');
  });

  it('puts the year on a day label when the year turns', () => {
    const ticks = axisTicks({ from: day('2021-12-28'), to: day('2022-01-04') }, 1000);
    expect(ticks.major.map((tick) => tick.label)).toContain('1 Jan 2022');
  });

  it('never shows an ISO date', () => {
    const labels = [400, 1000, 1900].flatMap((width) =>
      axisTicks({ from: day('2021-07-27'), to: day('2021-10-30') }, width).major.map(
        (tick) => tick.label,
      ),
    );
    expect(labels.filter((label) => ISO.test(label))).toEqual([]);
  });

  it('keeps labelled ticks far enough apart to read at a phone width', () => {
    const { major } = axisTicks({ from: day('2021-07-27'), to: day('2021-10-30') }, 300);
    const gaps = major.slice(1).map((tick, index) => tick.ms - (major[index]?.ms ?? 0));
    const pxPerMs = 300 / (day('2021-10-30') - day('2021-07-27'));
    expect(Math.min(...gaps) * pxPerMs).toBeGreaterThanOrEqual(56);
  });

  it('adds unlabelled minor ticks between the labelled ones', () => {
    const ticks = axisTicks({ from: day('2021-08-01'), to: day('2021-11-01') }, 1000);
    expect(ticks.minor.length).toBeGreaterThan(ticks.major.length);
  });
});

describe('tickInstants', () => {
  it('starts every month on a tick when stepping by ten days', () => {
    const ticks = tickInstants(
      { from: day('2021-09-01'), to: day('2021-10-31') },
      { unit: 'day', step: 10 },
    );
    expect(ticks.map((ms) => new Date(ms).getUTCDate())).toEqual([1, 11, 21, 1, 11, 21]);
  });

  it('puts quarter ticks on January, April, July and October', () => {
    const ticks = tickInstants(
      { from: day('2021-02-01'), to: day('2021-12-31') },
      { unit: 'month', step: 3 },
    );
    expect(ticks.map((ms) => new Date(ms).getUTCMonth() + 1)).toEqual([4, 7, 10]);
  });
});
