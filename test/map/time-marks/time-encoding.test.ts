import { describe, expect, it } from 'vitest';
import {
  encodeEnd,
  encodeStart,
  encodeWindow,
  timeEncoding,
} from '../../../src/map/time-marks/time-encoding';
import { DAY, T0 } from './fixtures';

/** The shader's test, on encoded values. */
function shown(start: number, end: number, window: [number, number]): boolean {
  return start < window[1] && end > window[0];
}

describe('time encoding for the GPU', () => {
  const encoding = timeEncoding(T0, T0 + 730 * DAY);
  const start = encodeStart(encoding, T0 + 10 * DAY);
  const end = encodeEnd(encoding, T0 + 11 * DAY);

  it('shows an event whose day overlaps the window by a minute', () => {
    const window = encodeWindow(encoding, { from: T0 + 11 * DAY - 60_000, to: T0 + 20 * DAY });
    expect(shown(start, end, window)).toBe(true);
  });

  it('hides an event that ends where the window begins, as the map filter did', () => {
    const window = encodeWindow(encoding, { from: T0 + 11 * DAY, to: T0 + 20 * DAY });
    expect(shown(start, end, window)).toBe(false);
  });

  it('hides an event that starts where the window ends', () => {
    const window = encodeWindow(encoding, { from: T0, to: T0 + 10 * DAY });
    expect(shown(start, end, window)).toBe(false);
  });

  it('counts minutes from the first moment, exactly representable in a 32-bit float', () => {
    expect(Math.fround(end)).toBe(end);
    expect(end - start).toBe(24 * 60);
  });

  it('uses a coarser unit for a story of centuries, staying under 2^24', () => {
    const long = timeEncoding(Date.UTC(1700, 0, 1), Date.UTC(2020, 0, 1));
    expect(long.unit).toBeGreaterThan(60_000);
    expect(encodeEnd(long, Date.UTC(2020, 0, 1))).toBeLessThan(2 ** 24);
  });

  it('rounds an unaligned start down and end up, so rounding never hides an event', () => {
    expect(encodeStart(encoding, T0 + 90_000)).toBe(1);
    expect(encodeEnd(encoding, T0 + 90_000)).toBe(2);
  });
});
