/**
 * Events per calendar bucket (day, week, month or year), for the density strip the timeline draws
 * when a story has too many events for its marks to be told apart. Buckets are counted once per
 * story and unit and kept; panning, zooming within a unit and scrubbing the window only read them.
 * No React, no canvas.
 */
import { DAY_MS } from '../time/partial-date';
import type { TimeWindow } from '../time/time-window';
import type { StoryMarks } from './event-layout';

/** The calendar units buckets fall on, finest first. Weeks start on Monday (ISO 8601). */
export const BUCKET_UNITS = ['day', 'week', 'month', 'year'] as const;
export type BucketUnit = (typeof BUCKET_UNITS)[number];

/** A bucket narrower than this (px) would be a hairline: the next unit up is used. */
export const MIN_BUCKET_PX = 3;

/** Typical length of each unit, to choose one for a zoom level. */
const TYPICAL_MS: Readonly<Record<BucketUnit, number>> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30.44 * DAY_MS,
  year: 365.25 * DAY_MS,
};

/** The finest unit whose buckets are at least MIN_BUCKET_PX wide at this zoom. */
export function bucketUnitFor(msPerPx: number): BucketUnit {
  return BUCKET_UNITS.find((unit) => TYPICAL_MS[unit] / msPerPx >= MIN_BUCKET_PX) ?? 'year';
}

/** The start (UTC) of the bucket holding an instant. */
export function bucketStart(ms: number, unit: BucketUnit): number {
  const days = Math.floor(ms / DAY_MS);
  if (unit === 'day') return days * DAY_MS;
  // 1 January 1970 was a Thursday: three days after a Monday.
  if (unit === 'week') return (days - ((((days + 3) % 7) + 7) % 7)) * DAY_MS;
  const date = new Date(ms);
  return unit === 'month'
    ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)
    : Date.UTC(date.getUTCFullYear(), 0, 1);
}

/** The start of the bucket after the one starting at `start`. */
export function bucketEnd(start: number, unit: BucketUnit): number {
  if (unit === 'day') return start + DAY_MS;
  if (unit === 'week') return start + 7 * DAY_MS;
  const date = new Date(start);
  return unit === 'month'
    ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)
    : Date.UTC(date.getUTCFullYear() + 1, 0, 1);
}

/** The buckets that hold events (empty ones are left out), in time order. */
export interface Histogram {
  readonly unit: BucketUnit;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly counts: Uint32Array;
}

const cache = new WeakMap<StoryMarks, Map<BucketUnit, Histogram>>();

/** Starts in ascending order: the marks' own array when it already is (a story's usual order). */
function sortedStarts(starts: Float64Array): Float64Array {
  for (let index = 1; index < starts.length; index += 1) {
    if ((starts[index] ?? 0) < (starts[index - 1] ?? 0)) return Float64Array.from(starts).sort();
  }
  return starts;
}

/** Each event counted once, in the bucket of the instant it begins. Built once per story and unit. */
export function storyHistogram(marks: StoryMarks, unit: BucketUnit): Histogram {
  let byUnit = cache.get(marks);
  const cached = byUnit?.get(unit);
  if (cached) return cached;
  const starts: number[] = [];
  const ends: number[] = [];
  const counts: number[] = [];
  let end = -Infinity;
  // One pass over the starts in order: a new bucket only when an event passes the current one.
  for (const ms of sortedStarts(marks.starts)) {
    if (ms >= end) {
      const start = bucketStart(ms, unit);
      end = bucketEnd(start, unit);
      starts.push(start);
      ends.push(end);
      counts.push(0);
    }
    counts[counts.length - 1] = (counts[counts.length - 1] ?? 0) + 1;
  }
  const histogram: Histogram = {
    unit,
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    counts: Uint32Array.from(counts),
  };
  if (!byUnit) {
    byUnit = new Map();
    cache.set(marks, byUnit);
  }
  byUnit.set(unit, histogram);
  return histogram;
}

/** Indices [first, end) of the buckets that reach into `domain`. */
export function bucketsIn(
  histogram: Histogram,
  domain: TimeWindow,
): { first: number; end: number } {
  const { starts, ends } = histogram;
  // The first bucket ending after the domain starts (ends ascend as starts do).
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ends[middle] ?? 0) <= domain.from) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < starts.length && (starts[end] ?? 0) < domain.to) end += 1;
  return { first: low, end };
}

/** The bucket with the most events on the axis (the earliest of equals), or undefined if none. */
export function busiestBucket(
  histogram: Histogram,
  domain: TimeWindow,
): { start: number; count: number } | undefined {
  const { first, end } = bucketsIn(histogram, domain);
  let best: { start: number; count: number } | undefined;
  for (let index = first; index < end; index += 1) {
    const count = histogram.counts[index] ?? 0;
    if (!best || count > best.count) best = { start: histogram.starts[index] ?? 0, count };
  }
  return best;
}
