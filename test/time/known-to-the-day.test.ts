import { describe, expect, it } from 'vitest';
import { knownToTheDay, type Precision } from '../../src/time/event-time';

describe('knownToTheDay', () => {
  it('is true for a day and finer, false for a month, a year or an approximate date', () => {
    const precisions: Precision[] = ['minute', 'hour', 'day', 'month', 'year', 'approximate'];
    expect(precisions.filter(knownToTheDay)).toEqual(['minute', 'hour', 'day']);
  });
});
