import { describe, expect, it } from 'vitest';
import { scrollDelta } from '../../src/panels/scroll-within';

const BOX = { top: 100, bottom: 400 };

describe('scrollDelta', () => {
  it('does not move for an item already in view', () => {
    expect(scrollDelta(BOX, { top: 150, bottom: 200 })).toBe(0);
  });

  it('scrolls up just enough for an item above', () => {
    expect(scrollDelta(BOX, { top: 60, bottom: 110 })).toBe(-40);
  });

  it('scrolls down just enough for an item below', () => {
    expect(scrollDelta(BOX, { top: 420, bottom: 470 })).toBe(70);
  });

  it('shows the top of an item taller than the box', () => {
    expect(scrollDelta(BOX, { top: 300, bottom: 900 })).toBe(200);
  });
});
