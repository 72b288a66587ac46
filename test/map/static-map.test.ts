import { describe, expect, it } from 'vitest';
import {
  EDGE_MARGIN,
  frameAround,
  frameAtCamera,
  frameWidthKm,
  geometryPath,
  MIN_SPAN_DEGREES,
  placeLabels,
  project,
  type Frame,
} from '../../src/map/static-map';
import { mercatorX, mercatorY, worldPx } from '../../src/geo/mercator';
import { pathPoints } from '../geo/path-points';

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

describe('a still map at a live map’s camera', () => {
  it('shows the whole world’s width in 512 px at zoom 0, as MapLibre does', () => {
    const frame = frameAtCamera({ lon: 0, lat: 0, zoom: 0 }, 512, 256);
    expect([frame.x0, frame.x1]).toEqual([expect.closeTo(0, 9), expect.closeTo(1, 9)]);
    expect(frame.y1 - frame.y0).toBeCloseTo(0.5, 9);
  });

  it('puts a place where the live map puts it: from the middle, by the camera’s scale', () => {
    const camera = { lon: 67.75, lat: 35.76, zoom: 3.6 };
    const frame = frameAtCamera(camera, 1600, 1200);
    const [lon, lat] = DUSHANBE as [number, number];
    const world = worldPx(camera.zoom);
    expect(project(frame, DUSHANBE)).toEqual([
      expect.closeTo(800 + (mercatorX(lon) - mercatorX(camera.lon)) * world, 6),
      expect.closeTo(600 + (mercatorY(lat) - mercatorY(camera.lat)) * world, 6),
    ]);
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
    const [ring, ...more] = pathPoints(path);
    expect(more).toEqual([]);
    expect(ring?.closed).toBe(true);
    const [x, y] = project(frame, [67, 37]);
    expect(ring?.points[0]).toEqual([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
    expect(ring?.points.length).toBe(3);
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
    const path = geometryPath(frame, { type: 'LineString', coordinates: dense }, { tolerance: 5 });
    const vertices = pathPoints(path).flatMap(({ points }) => points);
    expect(vertices.length).toBeLessThan(200);
    expect(vertices.length).toBeGreaterThan(10);
    const end = project(frame, [70, 38]);
    expect(vertices.at(-1)?.[0]).toBeCloseTo(end[0], 1);
    expect(vertices.at(-1)?.[1]).toBeCloseTo(end[1], 1);
  });

  /** A triangle from inside the frame to far east of it (lon 120), and back. */
  const eastward = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [68, 37],
        [120, 39.5],
        [68, 38],
        [68, 37],
      ],
    ],
  };

  it('keeps nothing past the drawing but a margin for its strokes', () => {
    const points = pathPoints(geometryPath(frame, eastward)).flatMap((ring) => ring.points);
    expect(points.length).toBeGreaterThan(0);
    for (const [x, y] of points) {
      expect(x).toBeLessThanOrEqual(frame.width + EDGE_MARGIN);
      expect(x).toBeGreaterThanOrEqual(-EDGE_MARGIN);
      expect(y).toBeLessThanOrEqual(frame.height + EDGE_MARGIN);
      expect(y).toBeGreaterThanOrEqual(-EDGE_MARGIN);
    }
  });

  it('cuts a shape at the drawing’s edge where its own edge crosses it', () => {
    const [ring] = pathPoints(geometryPath(frame, eastward));
    const [ax, ay] = project(frame, [68, 37]);
    const [bx, by] = project(frame, [120, 39.5]);
    const edge = frame.width + EDGE_MARGIN;
    const across = ay + ((by - ay) * (edge - ax)) / (bx - ax);
    const cut = ring?.points.find(([x]) => Math.abs(x - edge) < 0.1);
    expect(cut?.[1]).toBeCloseTo(across, 0);
  });

  it('cuts to the part of the drawing the caller says is seen', () => {
    const view = [-300, -100, frame.width + 300, frame.height + 100] as const;
    const points = pathPoints(geometryPath(frame, eastward, { view })).flatMap((r) => r.points);
    expect(Math.max(...points.map(([x]) => x))).toBeCloseTo(frame.width + 300, 6);
  });

  it('draws a ring across the antimeridian without an edge across the drawing', () => {
    const wide = frameAround([100, 55, 200, 75], 1200, 500);
    const chukotka = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [170, 65],
          [179.9, 65],
          [-180, 65.1],
          [-175, 66],
          [-180, 69],
          [179.9, 69],
          [170, 68],
          [170, 65],
        ],
      ],
    };
    const [ring] = pathPoints(geometryPath(wide, chukotka));
    const xs = ring?.points.map(([x]) => x) ?? [];
    const [east] = project(wide, [185, 66]);
    expect(Math.max(...xs)).toBeCloseTo(east, 0);
    expect(Math.min(...xs)).toBeGreaterThan(project(wide, [169, 66])[0]);
  });

  it('writes whole px when asked for no decimals', () => {
    const path = geometryPath(frame, eastward, { decimals: 0 });
    expect(path).not.toContain('.');
    expect(path).not.toBe('');
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

  it('stands a label at its next spot where the first clashes, and says where', () => {
    const town = {
      ...label('Dushanbe', 300, 100),
      anchor: 'start' as const,
      otherSpots: [{ x: 290, y: 100, anchor: 'end' as const }],
    };
    const kept = placeLabels([label('Tajikistan', 360, 100), town], 1200, 500);
    expect(kept.map(({ text, anchor, x }) => [text, anchor, x])).toEqual([
      ['Tajikistan', 'middle', 360],
      ['Dushanbe', 'end', 290],
    ]);
    // With no spot left it is dropped.
    expect(
      placeLabels([label('Tajikistan', 360, 100), { ...town, otherSpots: [] }], 1200, 500),
    ).toHaveLength(1);
  });

  it('drops a label that would be cut by the edge', () => {
    expect(placeLabels([label('Kazakhstan', 10, 100)], 1200, 500)).toEqual([]);
  });
});
