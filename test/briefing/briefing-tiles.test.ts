import { describe, expect, it } from 'vitest';
import { briefingArea, briefingTiles, tilesCovering } from '../../src/briefing/briefing-tiles';

describe('the tiles a briefing carries', () => {
  it('carries every tile of the world views the map can show (from zoom 1)', () => {
    const keys = tilesCovering([68, 37, 69, 38], 2);
    expect(keys).toHaveLength(4 + 16);
  });

  it('carries detailed tiles only around each event’s place', () => {
    const region: [number, number, number, number] = [37, 34, 70, 56];
    const keys = briefingTiles(
      [region],
      [
        [37.6, 55.7, 37.6, 55.7],
        [68.8, 38.5, 68.8, 38.5],
      ],
      5,
    );
    const detailed = keys.filter((key) => key.startsWith('5/'));
    // Moscow and Dushanbe, not the steppe between them.
    expect(detailed).toContain('5/19/9');
    expect(detailed).toContain('5/22/12');
    expect(detailed).not.toContain('5/21/10');
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
