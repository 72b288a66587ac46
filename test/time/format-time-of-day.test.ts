import { describe, expect, it } from 'vitest';
import { resolveTime } from '../../src/time/event-time';
import { formatDateRange, formatEventTime, formatPartialDate } from '../../src/time/format-date';
import { parseDateText, type PartialDate } from '../../src/time/partial-date';

function date(text: string): PartialDate {
  const parsed = parseDateText(text);
  if (!parsed) throw new Error(`not a date: ${text}`);
  return parsed;
}

function eventTime(
  start: string,
  end?: string,
  precision: 'minute' | 'hour' | 'approximate' = 'minute',
) {
  const time = resolveTime({ start, end, precision });
  if (!time) throw new Error('does not resolve');
  return formatEventTime(time);
}

describe('times of day, said honestly', () => {
  it('writes a time with its zone as hours from UTC', () => {
    expect(formatPartialDate(date('2021-10-19T14:30+05:00'))).toBe('19 October 2021, 14:30 UTC+5');
  });

  it('writes half-hour zones and zones west of Greenwich', () => {
    expect(formatPartialDate(date('2021-10-19T14:30+05:30'))).toBe(
      '19 October 2021, 14:30 UTC+5:30',
    );
    expect(formatPartialDate(date('2021-10-19T09:05-03:00'))).toBe('19 October 2021, 09:05 UTC-3');
  });

  it('writes Z as UTC', () => {
    expect(formatPartialDate(date('2021-10-19T14:30Z'))).toBe('19 October 2021, 14:30 UTC');
  });

  it("claims no zone when the story gives none: the article's local time", () => {
    expect(formatPartialDate(date('2021-10-19T14:30'))).toBe('19 October 2021, 14:30 local time');
  });

  it('says the day and the zone once in a range within one day', () => {
    expect(eventTime('2021-10-19T14:30+05:00', '2021-10-19T16:00+05:00')).toBe(
      '19 October 2021, 14:30–16:00 UTC+5',
    );
  });

  it('says both days in a range across midnight, the zone once', () => {
    expect(eventTime('2021-10-19T22:00Z', '2021-10-20T02:00Z')).toBe(
      '19 October 2021, 22:00 – 20 October 2021, 02:00 UTC',
    );
  });

  it('says each zone when the ends are in different zones', () => {
    expect(formatDateRange(date('2021-10-19T10:00+05:00'), date('2021-10-19T12:00Z'))).toBe(
      '19 October 2021, 10:00 UTC+5 – 19 October 2021, 12:00 UTC',
    );
  });

  it('says "about" before an approximate time', () => {
    expect(eventTime('2021-10-19T14:00', undefined, 'approximate')).toBe(
      'about 19 October 2021, 14:00 local time',
    );
  });
});
