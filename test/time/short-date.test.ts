import { describe, expect, it } from 'vitest';
import { formatShortRange } from '../../src/time/short-date';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('formatShortRange', () => {
  it('says a single day once', () => {
    expect(formatShortRange(day('2021-10-18'), day('2021-10-19'))).toBe('18 Oct 2021');
  });

  it('shares the month and year within a month', () => {
    expect(formatShortRange(day('2021-10-18'), day('2021-10-24'))).toBe('18–23 Oct 2021');
  });

  it('shares only the year across months', () => {
    expect(formatShortRange(day('2021-09-30'), day('2021-10-05'))).toBe('30 Sep – 4 Oct 2021');
  });

  it('writes both dates in full across years', () => {
    expect(formatShortRange(day('2001-10-01'), day('2021-10-25'))).toBe('1 Oct 2001 – 24 Oct 2021');
  });
});
