import { describe, expect, it } from 'vitest';
import { dateForPrecision, stepDate } from '../../src/edit/step-date';

describe('stepping a date by its own unit', () => {
  it('steps a day across a month end', () => {
    expect(stepDate('2021-10-31', 'day', 1)).toBe('2021-11-01');
  });

  it('steps a month across a year end, and a year', () => {
    expect(stepDate('2021-12', 'month', 1)).toBe('2022-01');
    expect(stepDate('2021', 'year', -1)).toBe('2020');
  });

  it('steps a time of day by a minute, or by an hour at hour precision, keeping the zone', () => {
    expect(stepDate('2021-10-19T23:59+05:00', 'minute', 1)).toBe('2021-10-20T00:00+05:00');
    expect(stepDate('2021-10-19T14:00Z', 'hour', -1)).toBe('2021-10-19T13:00Z');
  });

  it('leaves what is not a date', () => {
    expect(stepDate('yesterday', 'day', 1)).toBeUndefined();
  });
});

describe('rewriting a date for a new precision', () => {
  it('cuts a day to its month or year, and gives a day a time', () => {
    expect(dateForPrecision('2021-10-18', 'month')).toBe('2021-10');
    expect(dateForPrecision('2021-10-18', 'year')).toBe('2021');
    expect(dateForPrecision('2021-10', 'day')).toBe('2021-10-01');
    expect(dateForPrecision('2021-10-18', 'minute')).toBe('2021-10-18T12:00');
  });

  it('keeps any date for "approximate"', () => {
    expect(dateForPrecision('2021-10', 'approximate')).toBe('2021-10');
  });
});
