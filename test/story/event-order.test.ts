import { describe, expect, it } from 'vitest';
import { compareEvents, sortInStoryOrder } from '../../src/story/event-order';
import { eventSpanning as event } from './story-builders';

const DAY = 86_400_000;

/** A pseudo-random sequence, the same on every run. */
function numbers(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('sorting events in story order', () => {
  it('gives the order compareEvents gives, with tied times and undated events', () => {
    const next = numbers(7);
    // Few distinct days, so starts and ends tie often; some times are missing (NaN).
    const time = () => (next() < 0.05 ? Number.NaN : Math.floor(next() * 20) * DAY);
    const events = Array.from({ length: 2000 }, (_, index) => {
      const start = time();
      return event(
        `e${Math.floor(next() * 1e6)}-${index}`,
        start,
        start + Math.floor(next() * 3) * DAY,
      );
    });
    const expected = [...events].sort(compareEvents).map((item) => item.id);
    const sorted = sortInStoryOrder([...events]);
    expect(sorted.map((item) => item.id)).toEqual(expected);
    expect(new Set(sorted).size).toBe(events.length);
  });

  it('sorts the array it is given, in place', () => {
    const events = [event('b', 2 * DAY, 3 * DAY), event('a', DAY, 2 * DAY)];
    expect(sortInStoryOrder(events)).toBe(events);
    expect(events.map((item) => item.id)).toEqual(['a', 'b']);
  });
});
