import { describe, expect, it } from 'vitest';
import { precisionPhrase } from '../../src/panels/precision-phrase';

describe('precisionPhrase', () => {
  it('says nothing for a date known to the day', () => {
    expect(precisionPhrase('day')).toBeUndefined();
  });

  it('says a month-precise date is known to the month', () => {
    expect(precisionPhrase('month')).toBe('date known to the month');
  });

  it('says a year-precise date is known to the year', () => {
    expect(precisionPhrase('year')).toBe('date known to the year');
  });

  it('says an approximate date is approximate', () => {
    expect(precisionPhrase('approximate')).toBe('approximate date');
  });
});

describe('precisionPhrase for times of day', () => {
  it('says nothing for a time known to the minute', () => {
    expect(precisionPhrase('minute')).toBeUndefined();
  });

  it('says when a time is known only to the hour', () => {
    expect(precisionPhrase('hour')).toBe('time known to the hour');
  });
});
