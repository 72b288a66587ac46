import { describe, expect, it } from 'vitest';
import { resolveTime, type EventTimeInput } from '../../src/time/event-time';
import { formatEventTime } from '../../src/time/format-date';

function say(time: EventTimeInput): string {
  const resolved = resolveTime(time);
  if (!resolved) throw new Error('test date did not resolve');
  return formatEventTime(resolved);
}

describe('honest dates', () => {
  it('says a day range within a month once', () => {
    expect(say({ start: '2021-10-18', end: '2021-10-23', precision: 'day' })).toBe(
      '18–23 October 2021',
    );
  });

  it('says a single day', () => {
    expect(say({ start: '2021-10-19', precision: 'day' })).toBe('19 October 2021');
  });

  it('says a month as a month, not a day', () => {
    expect(say({ start: '2021-03', precision: 'month' })).toBe('March 2021');
  });

  it('says an approximate date as about', () => {
    expect(say({ start: '2021-08', precision: 'approximate' })).toBe('about August 2021');
  });

  it('says a range across years in full', () => {
    expect(say({ start: '2001-10', end: '2021-08', precision: 'month' })).toBe(
      'October 2001 – August 2021',
    );
  });

  it('says a range across months within a year', () => {
    expect(say({ start: '2021-08', end: '2021-09', precision: 'month' })).toBe(
      'August–September 2021',
    );
    expect(say({ start: '2021-08-05', end: '2021-09-10', precision: 'day' })).toBe(
      '5 August – 10 September 2021',
    );
  });
});
