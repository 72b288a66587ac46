import { describe, expect, it } from 'vitest';
import {
  frameAround,
  frameWidthKm,
  geometryPath,
  MIN_SPAN_DEGREES,
  placeLabels,
  project,
  type Frame,
} from '../../src/map/static-map';

const DUSHANBE = [68.78, 38.56];

const inside = (frame: Frame, [x, y]: [number, number]) =>
  x >= 0 && x <= frame.width && y >= 0 && y <= frame.height;

describe('handout map frames', () => {
  it('keeps the drawing’s aspect', () => {
    const frame = frameAround([60, 29, 76, 42], 1200, 500);
    expect((frame.x1 - frame.x0) / (frame.y1 - frame.y0)).toBeCloseTo(1200 / 500, 6);
  });

  it('shows a single point with its neighbours, not a pin filling the page', () => {
    const [lon, lat] = DUSHANBE as [number, number];
    const frame = frameAround([lon, lat, lon, lat], 1200, 500);
    expect((frame.x1 - frame.x0) * 360).toBeCloseTo(MIN_SPAN_DEGREES, 6);
    expect(project(frame, DUSHANBE)).toEqual([expect.closeTo(600, 6), expect.closeTo(250, 6)]);
  });

  it('shows a wide area whole, with a margin', () => {
    const frame = frameAround([46, 35, 88, 55], 1200, 500);
    const [left] = project(frame, [46, 45]);
    const [right] = project(frame, [88, 45]);
    expect(left).toBeGreaterThan(0);
    expect(right).toBeLessThan(1200);
    expect(inside(frame, project(frame, [46, 35]))).toBe(true);
    expect(inside(frame, project(frame, [88, 55]))).toBe(true);
  });

  it('stops at the edge of the map data, drawing narrower instead of showing empty sea', () => {
    const frame = frameAround([46, 35, 88, 55], 1200, 500, [24, 20, 90, 62]);
    expect(project(frame, [90, 40])[0]).toBeCloseTo(frame.width, 6);
    expect(frame.width).toBeLessThan(1200);
    expect(frame.height).toBeCloseTo(500, 6);
    expect(inside(frame, project(frame, [88, 55]))).toBe(true);
  });

  it('says how wide it is on the ground', () => {
    const frame = frameAround([68.78, 38.56, 68.78, 38.56], 1200, 500);
    // 16 degrees of longitude at about 38.6° N
    expect(frameWidthKm(frame)).toBeGreaterThan(1350);
    expect(frameWidthKm(frame)).toBeLessThan(1450);
  });
});

describe('handout map paths', () => {
  const frame = frameAround([66, 36, 72, 40], 1200, 500);

  it('draws a polygon as a closed path in the frame', () => {
    const path = geometryPath(frame, {
      type: 'Polygon',
      coordinates: [
        [
          [67, 37],
          [70, 37],
          [70, 39],
          [67, 37],
        ],
      ],
    });
    expect(path).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){2,}Z$/);
  });

  it('leaves out shapes far outside the frame', () => {
    const moscow = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [37, 55],
          [38, 55],
          [38, 56],
          [37, 55],
        ],
      ],
    };
    expect(geometryPath(frame, moscow)).toBe('');
  });

  it('drops vertices closer together than the tolerance, keeping the line’s end', () => {
    const dense = Array.from({ length: 1001 }, (_, index) => [67 + index * 0.003, 38]);
    const path = geometryPath(frame, { type: 'LineString', coordinates: dense }, 5);
    const vertices = path.split(/[ML]/).filter(Boolean);
    expect(vertices.length).toBeLessThan(200);
    expect(vertices.length).toBeGreaterThan(10);
    const end = project(frame, [70, 38]);
    expect(path.endsWith(`L${Math.round(end[0] * 10) / 10} ${Math.round(end[1] * 10) / 10}`)).toBe(
      true,
    );
  });
});

describe('handout map labels', () => {
  const label = (text: string, x: number, y: number) => ({
    text,
    x,
    y,
    size: 20,
    anchor: 'middle' as const,
  });

  it('keeps the first of two labels that would overlap', () => {
    const kept = placeLabels(
      [label('Tajikistan', 300, 100), label('Kyrgyzstan', 320, 105)],
      1200,
      500,
    );
    expect(kept.map((item) => item.text)).toEqual(['Tajikistan']);
  });

  it('keeps labels that are apart', () => {
    const kept = placeLabels([label('Tajikistan', 300, 100), label('Iran', 300, 300)], 1200, 500);
    expect(kept).toHaveLength(2);
  });

  it('keeps labels off the event’s own marks', () => {
    expect(placeLabels([label('Moscow', 300, 100)], 1200, 500, [[280, 80, 320, 120]])).toEqual([]);
  });

  it('drops a label that would be cut by the edge', () => {
    expect(placeLabels([label('Kazakhstan', 10, 100)], 1200, 500)).toEqual([]);
  });
});
