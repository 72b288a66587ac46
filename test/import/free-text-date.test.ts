import { describe, expect, it } from 'vitest';
import { readFreeDate } from '../../src/import/free-text-date';

describe('readFreeDate', () => {
  it.each([
    ['2005', { start: '2005', precision: 'year' }],
    ['2005-08', { start: '2005-08', precision: 'month' }],
    ['March 29, 2020', { start: '2020-03-29', precision: 'day' }],
    ['29 March 2020', { start: '2020-03-29', precision: 'day' }],
    ['Sept. 3 1991', { start: '1991-09-03', precision: 'day' }],
    ['Jan 2006', { start: '2006-01', precision: 'month' }],
    ['1880s', { start: '1880', end: '1889', precision: 'year' }],
    ['c. 1900', { start: '1900', precision: 'approximate' }],
    ['1861–1865', { start: '1861', end: '1865', precision: 'year' }],
    ['23/8/2005', { start: '2005-08-23', precision: 'day' }],
  ])('reads "%s"', (text, time) => {
    expect(readFreeDate(text)).toEqual({ kind: 'date', time });
  });

  it('reads a season as approximate months and says how', () => {
    expect(readFreeDate('Spring 1862')).toEqual({
      kind: 'date',
      time: { start: '1862-03', end: '1862-05', precision: 'approximate' },
      guess: { field: 'time', text: '"Spring 1862" read as the northern-hemisphere season.' },
    });
  });

  it('reads an ambiguous numeric date month first and offers the other order', () => {
    const read = readFreeDate('3/4/2005');
    expect(read).toMatchObject({
      kind: 'date',
      time: { start: '2005-03-04', precision: 'day' },
      guess: { alternatives: ['2005-04-03'] },
    });
  });

  it('says when a date has no year', () => {
    expect(readFreeDate('Aug 23')).toEqual({ kind: 'yearless', month: 8, day: 23 });
    expect(readFreeDate('23 August')).toEqual({ kind: 'yearless', month: 8, day: 23 });
  });

  it('refuses what is not a date, and impossible days', () => {
    expect(readFreeDate('someday')).toEqual({ kind: 'unreadable' });
    expect(readFreeDate('February 30, 2021')).toEqual({ kind: 'unreadable' });
    expect(readFreeDate('Augustus 3')).toEqual({ kind: 'unreadable' });
    expect(readFreeDate('Foo 3, 2005')).toEqual({ kind: 'unreadable' });
    expect(readFreeDate('  ')).toEqual({ kind: 'none' });
  });
});
