import { describe, expect, it } from 'vitest';
import { briefingArea, tilesCovering } from '../../src/briefing/briefing-tiles';

describe('the tiles a briefing carries', () => {
  it('carries every tile of the world views', () => {
    const keys = tilesCovering([68, 37, 69, 38], 2);
    expect(keys).toHaveLength(1 + 4 + 16);
  });

  it('carries only the tiles over the area from zoom 3 on', () => {
    const keys = tilesCovering([68, 37, 69, 38], 6).filter((key) => key.startsWith('6/'));
    expect(keys).toEqual(['6/44/24']);
  });

  it('wraps round the antimeridian for a story in Fiji', () => {
    const keys = tilesCovering([177, -19, 182, -16], 3).filter((key) => key.startsWith('3/'));
    expect(keys).toEqual(['3/0/4', '3/7/4']);
  });

  it('reaches the high north without passing the edge of the map', () => {
    const area = briefingArea([15, 68, 31, 71]);
    expect(area[3]).toBeLessThanOrEqual(85);
    const keys = tilesCovering(area, 4).filter((key) => key.startsWith('4/'));
    expect(keys.every((key) => Number(key.split('/')[2]) >= 0)).toBe(true);
    expect(keys).toContain('4/9/3');
  });
});
