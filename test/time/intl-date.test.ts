import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locale';
import { resolveTime, type EventTimeInput } from '../../src/time/event-time';
import { formatDayLong, formatEventTime } from '../../src/time/format-date';
import { formatShortRange } from '../../src/time/short-date';
import { axisTicks } from '../../src/time/time-ticks';

function say(time: EventTimeInput, locale: Locale): string {
  const resolved = resolveTime(time);
  if (!resolved) throw new Error('test date did not resolve');
  return formatEventTime(resolved, locale);
}

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('dates in Russian', () => {
  it('says a day in the genitive with the year', () => {
    expect(say({ start: '2021-10-19', precision: 'day' }, 'ru')).toBe('19 октября 2021 г.');
  });

  it('says a month as a month, not a day', () => {
    expect(say({ start: '2021-03', precision: 'month' }, 'ru')).toBe('март 2021 г.');
  });

  it('says a day range within a month once', () => {
    expect(say({ start: '2021-10-18', end: '2021-10-23', precision: 'day' }, 'ru')).toBe(
      '18–23 октября 2021\u202fг.',
    );
  });

  it('says an approximate month with an adverb that keeps the month whole', () => {
    expect(say({ start: '2021-08', precision: 'approximate' }, 'ru')).toBe(
      'примерно август 2021 г.',
    );
  });

  it('says a time with no zone as local time', () => {
    expect(say({ start: '2021-10-19T14:30', precision: 'minute' }, 'ru')).toBe(
      '19 октября 2021 г., 14:30 местное время',
    );
  });

  it('writes the window of the timeline compactly', () => {
    expect(formatShortRange(day('2021-10-18'), day('2021-10-24'), 'ru')).toBe(
      '18–23 окт. 2021\u202fг.',
    );
  });
});

describe('dates in Persian', () => {
  it('uses Gregorian months with Persian digits, not the Solar Hijri calendar', () => {
    expect(say({ start: '2021-10-19', precision: 'day' }, 'fa')).toBe('۱۹ اکتبر ۲۰۲۱');
  });

  it('keeps a month a month rather than splitting it across two Solar Hijri months', () => {
    expect(say({ start: '2021-10', precision: 'month' }, 'fa')).toBe('اکتبر ۲۰۲۱');
  });

  it('keeps a range a range', () => {
    expect(say({ start: '2001-10', end: '2021-08', precision: 'month' }, 'fa')).toBe(
      'اکتبر ۲۰۰۱ تا اوت ۲۰۲۱',
    );
  });

  it('says an approximate date as approximate', () => {
    expect(say({ start: '2021-08', precision: 'approximate' }, 'fa')).toBe('حدود اوت ۲۰۲۱');
  });

  it('writes the zone offset in Persian digits', () => {
    expect(say({ start: '2021-10-19T14:30+05:00', precision: 'minute' }, 'fa')).toBe(
      '۱۹ اکتبر ۲۰۲۱، ۱۴:۳۰ UTC+۵',
    );
  });

  it('gives a slider a whole day', () => {
    expect(formatDayLong(day('2021-10-18'), 'fa')).toBe('۱۸ اکتبر ۲۰۲۱');
  });

  it('labels the axis ticks with Persian month names', () => {
    const ticks = axisTicks({ from: day('2021-05-20'), to: day('2021-11-10') }, 1000, 'day', 'fa');
    expect(ticks.major.map((tick) => tick.label)).toContain('اکتبر');
  });
});

describe('English stays the default', () => {
  it('formats as before when no locale is given', () => {
    expect(say({ start: '2021-10-19', precision: 'day' }, 'en')).toBe('19 October 2021');
  });
});
