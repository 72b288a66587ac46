import { describe, expect, it } from 'vitest';
import { endOf, parsePartialDate, startOf, toIsoDay } from '../../src/time/partial-date';

describe('partial dates', () => {
  it('reads a day, a month and a year', () => {
    expect(parsePartialDate('2021-10-18')).toEqual({ year: 2021, month: 10, day: 18 });
    expect(parsePartialDate('2021-03')).toEqual({ year: 2021, month: 3 });
    expect(parsePartialDate('2001')).toEqual({ year: 2001 });
  });

  it('refuses impossible dates', () => {
    expect(parsePartialDate('2021-02-29')).toBeUndefined();
    expect(parsePartialDate('2021-13')).toBeUndefined();
    expect(parsePartialDate('18 October 2021')).toBeUndefined();
  });

  it('lets a month stand for the whole month', () => {
    const march = { year: 2021, month: 3 };
    expect(toIsoDay(startOf(march))).toBe('2021-03-01');
    expect(toIsoDay(endOf(march))).toBe('2021-04-01');
  });

  it('lets a year stand for the whole year', () => {
    expect(toIsoDay(endOf({ year: 2001 }))).toBe('2002-01-01');
  });
});
