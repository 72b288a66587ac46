import { describe, expect, it } from 'vitest';
import {
  bucketEnd,
  bucketStart,
  bucketUnitFor,
  bucketsIn,
  busiestBucket,
  storyHistogram,
} from '../../src/timeline/event-histogram';
import { storyMarks } from '../../src/timeline/event-layout';
import { DAY_MS } from '../../src/time/partial-date';
import { storyWithManyEvents } from '../fixtures/many-events';

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
// One event a day from Saturday 1 January 2000 to 4 February 2001.
const marks = storyMarks(storyWithManyEvents(401));

describe('bucketUnitFor', () => {
  it('takes the finest unit whose buckets are at least 3 px wide', () => {
    expect(bucketUnitFor(DAY_MS / 4)).toBe('day');
    expect(bucketUnitFor(DAY_MS)).toBe('week');
    expect(bucketUnitFor(5 * DAY_MS)).toBe('month');
    expect(bucketUnitFor(20 * DAY_MS)).toBe('year');
  });
});

describe('bucketStart and bucketEnd', () => {
  it('start weeks on Monday', () => {
    expect(bucketStart(day('2000-01-01') + 5000, 'week')).toBe(day('1999-12-27'));
    expect(bucketEnd(day('1999-12-27'), 'week')).toBe(day('2000-01-03'));
  });

  it('follow the calendar for months and years, leap February included', () => {
    expect(bucketStart(day('2000-02-29'), 'month')).toBe(day('2000-02-01'));
    expect(bucketEnd(day('2000-02-01'), 'month')).toBe(day('2000-03-01'));
    expect(bucketStart(day('2000-07-04'), 'year')).toBe(day('2000-01-01'));
    expect(bucketEnd(day('2000-01-01'), 'year')).toBe(day('2001-01-01'));
  });
});

describe('storyHistogram', () => {
  it('counts each event once, in the bucket where it begins', () => {
    const months = storyHistogram(marks, 'month');
    expect(Array.from(months.counts.slice(0, 3))).toEqual([31, 29, 31]);
    expect(Array.from(months.counts).reduce((sum, count) => sum + count, 0)).toBe(401);
    expect(Array.from(storyHistogram(marks, 'year').counts)).toEqual([366, 35]);
  });

  it('splits the first partial week from the next full one', () => {
    expect(Array.from(storyHistogram(marks, 'week').counts.slice(0, 2))).toEqual([2, 7]);
  });

  it('is counted once per story and unit', () => {
    expect(storyHistogram(marks, 'month')).toBe(storyHistogram(marks, 'month'));
  });

  it('leaves out buckets with no events', () => {
    const sparse = storyMarks({
      ...storyWithManyEvents(3),
      events: storyWithManyEvents(3).events.map((event, index) =>
        index === 2
          ? {
              ...event,
              time: { ...event.time, start: day('2003-06-01'), end: day('2003-06-02') },
            }
          : event,
      ),
    });
    const years = storyHistogram(sparse, 'year');
    expect(Array.from(years.starts)).toEqual([day('2000-01-01'), day('2003-01-01')]);
    expect(Array.from(years.counts)).toEqual([2, 1]);
  });
});

describe('bucketsIn and busiestBucket', () => {
  const months = storyHistogram(marks, 'month');

  it('takes the buckets that reach into the axis', () => {
    expect(bucketsIn(months, { from: day('2000-02-15'), to: day('2000-04-01') })).toEqual({
      first: 1,
      end: 3,
    });
  });

  it('names the busiest bucket on the axis, the earliest of equals', () => {
    expect(busiestBucket(months, { from: day('2000-02-15'), to: day('2000-04-01') })).toEqual({
      start: day('2000-03-01'),
      count: 31,
    });
    expect(busiestBucket(months, { from: day('2000-01-01'), to: day('2001-03-01') })).toEqual({
      start: day('2000-01-01'),
      count: 31,
    });
  });

  it('finds nothing on an axis with no events', () => {
    expect(busiestBucket(months, { from: day('2010-01-01'), to: day('2011-01-01') })).toBe(
      undefined,
    );
  });
});
