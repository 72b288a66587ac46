import { describe, expect, it } from 'vitest';
import { focusSpan } from '../../src/time/default-axis';

const DAY = 86_400_000;
const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const point = (text: string) => ({ start: day(text), end: day(text) + DAY });
const span = { from: day('2001-10-01'), to: day('2021-10-25') };

describe('focusSpan', () => {
  it('opens on the weeks where most events fall', () => {
    const times = [
      { start: day('2001-10-01'), end: day('2021-09-01') },
      point('2021-03-18'),
      ...[
        '2021-08-15',
        '2021-08-30',
        '2021-09-25',
        '2021-10-15',
        '2021-10-18',
        '2021-10-19',
        '2021-10-20',
      ].map(point),
    ];
    const focus = focusSpan(times, span);
    expect(focus).toBeDefined();
    expect(focus!.from).toBeGreaterThan(day('2021-08-01'));
    expect(focus!.from).toBeLessThan(day('2021-08-15'));
    expect(focus!.to).toBeGreaterThan(day('2021-10-21'));
    expect(focus!.to).toBeLessThan(day('2021-11-15'));
  });

  it('shows everything when events are spread evenly', () => {
    const times = [
      '2002-01-01',
      '2006-01-01',
      '2010-01-01',
      '2014-01-01',
      '2018-01-01',
      '2021-01-01',
    ].map(point);
    expect(focusSpan(times, span)).toBeUndefined();
  });

  it('never opens narrower than two weeks', () => {
    const times = [point('2001-10-01'), ...Array.from({ length: 6 }, () => point('2021-10-18'))];
    const focus = focusSpan(times, span);
    expect(focus!.to - focus!.from).toBeGreaterThanOrEqual(14 * DAY);
  });
});
