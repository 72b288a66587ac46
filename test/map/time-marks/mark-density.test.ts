import { describe, expect, it } from 'vitest';
import { mercatorX, mercatorY } from '../../../src/geo/mercator';
import { separatingZoom } from '../../../src/map/time-marks/mark-density';

function at(points: [number, number][]): [number[], number[]] {
  return [points.map(([lon]) => mercatorX(lon)), points.map(([, lat]) => mercatorY(lat))];
}

describe('separatingZoom', () => {
  it('draws markers from the start when they are far apart', () => {
    const [x, y] = at([
      [-100, 40],
      [0, 0],
      [120, -30],
    ]);
    expect(separatingZoom(x, y, 10)).toBe(0);
  });

  it('waits for a deeper zoom when marks are a few kilometres apart', () => {
    const [x, y] = at(Array.from({ length: 50 }, (_, i): [number, number] => [69 + i * 0.05, 37]));
    const zoom = separatingZoom(x, y, 10);
    expect(zoom).toBeGreaterThan(4);
    expect(zoom).toBeLessThanOrEqual(10);
  });

  it('never separates marks at the very same place', () => {
    const [x, y] = at([
      [69, 37],
      [69, 37],
      [69, 37],
    ]);
    expect(separatingZoom(x, y, 10)).toBe(11);
  });

  it('treats an empty story as separated', () => {
    expect(separatingZoom([], [], 10)).toBe(0);
  });
});
