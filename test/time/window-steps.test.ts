import { describe, expect, it } from 'vitest';
import {
  addMonths,
  playAdvance,
  playStart,
  playStepMs,
  sliderKeyValue,
  windowIncluding,
  withEnd,
  withPosition,
  withStart,
} from '../../src/time/window-steps';

const DAY = 86_400_000;
const day = (text: string) => Date.parse(`${text}T00:00:00Z`);
const domain = { from: day('2001-10-01'), to: day('2021-10-25') };
const window = { from: day('2021-10-18'), to: day('2021-10-24') };

describe('addMonths', () => {
  it('keeps the day of month', () => {
    expect(addMonths(day('2021-10-18'), 1)).toBe(day('2021-11-18'));
  });

  it('falls back to the last day of a shorter month', () => {
    expect(addMonths(day('2021-01-31'), 1)).toBe(day('2021-02-28'));
  });
});

describe('sliderKeyValue', () => {
  const min = day('2021-01-01');
  const max = day('2021-12-31');
  it('moves one day with the arrow keys', () => {
    expect(sliderKeyValue('ArrowRight', day('2021-10-18'), min, max)).toBe(day('2021-10-19'));
    expect(sliderKeyValue('ArrowDown', day('2021-10-18'), min, max)).toBe(day('2021-10-17'));
  });

  it('moves one month with Page Up and Page Down', () => {
    expect(sliderKeyValue('PageUp', day('2021-10-18'), min, max)).toBe(day('2021-11-18'));
    expect(sliderKeyValue('PageDown', day('2021-10-18'), min, max)).toBe(day('2021-09-18'));
  });

  it('goes to either end with Home and End', () => {
    expect(sliderKeyValue('Home', day('2021-10-18'), min, max)).toBe(min);
    expect(sliderKeyValue('End', day('2021-10-18'), min, max)).toBe(max);
  });

  it('stays inside the range', () => {
    expect(sliderKeyValue('PageUp', day('2021-12-20'), min, max)).toBe(max);
  });

  it('ignores other keys', () => {
    expect(sliderKeyValue('a', day('2021-10-18'), min, max)).toBeUndefined();
  });
});

describe('window edges', () => {
  it('never lets the start pass the last day', () => {
    expect(withStart(window, day('2021-10-30'), domain)).toEqual({
      from: day('2021-10-23'),
      to: window.to,
    });
  });

  it('never lets the end come before the first day', () => {
    expect(withEnd(window, day('2021-10-01'), domain)).toEqual({
      from: window.from,
      to: day('2021-10-19'),
    });
  });

  it('moves the whole window keeping its length, inside the story', () => {
    expect(withPosition(window, day('2021-10-22'), domain)).toEqual({
      from: day('2021-10-19'),
      to: day('2021-10-25'),
    });
  });
});

describe('windowIncluding', () => {
  it('slides forward so a later event is the last day', () => {
    const next = windowIncluding(window, day('2021-10-24'), day('2021-10-25'), domain);
    expect(next).toEqual({ from: day('2021-10-19'), to: day('2021-10-25') });
  });

  it('slides back so an earlier event is the first day', () => {
    const next = windowIncluding(window, day('2021-08-15'), day('2021-08-16'), domain);
    expect(next).toEqual({ from: day('2021-08-15'), to: day('2021-08-21') });
  });

  it('leaves a window that already overlaps the event', () => {
    expect(windowIncluding(window, day('2021-10-01'), day('2021-10-19'), domain)).toBe(window);
  });
});

describe('playback', () => {
  const axis = { from: day('2021-07-27'), to: day('2021-10-30') };

  it('restarts the playhead one day into the axis when at the end', () => {
    expect(playStart(domain, axis, domain)).toEqual({ from: domain.from, to: day('2021-07-28') });
  });

  it('continues from where a paused window stands', () => {
    expect(playStart(window, axis, domain)).toBe(window);
  });

  it('steps by at least a day', () => {
    expect(playStepMs(axis, 1000)).toBe(DAY);
  });

  it('takes bigger steps for fewer steps (reduced motion)', () => {
    expect(playStepMs(axis, 12)).toBeGreaterThan(playStepMs(axis, 120));
  });

  it('moves the playhead forward and keeps the start', () => {
    expect(playAdvance(window, DAY, day('2021-10-30'))).toEqual({
      window: { from: window.from, to: day('2021-10-25') },
      done: false,
    });
  });

  it('stops at the stop', () => {
    expect(playAdvance(window, 30 * DAY, day('2021-10-25'))).toEqual({
      window: { from: window.from, to: day('2021-10-25') },
      done: true,
    });
  });
});
