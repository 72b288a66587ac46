import { describe, expect, it } from 'vitest';
import { axisGeometry } from '../../src/timeline/axis-geometry';
import { barRects } from '../../src/timeline/draw-marks';
import type { PlacedMarks } from '../../src/timeline/event-layout';

/** Bars placed at these [x0, x1, lane] pixels. */
function placedBars(bars: readonly [number, number, number][]): PlacedMarks {
  return {
    count: bars.length,
    index: Int32Array.from(bars, (_, index) => index),
    x0: Float64Array.from(bars, ([x0]) => x0),
    x1: Float64Array.from(bars, ([, x1]) => x1),
    lane: Uint8Array.from(bars, ([, , lane]) => lane),
  };
}

const geometry = axisGeometry(4);
const all = (placed: PlacedMarks) => Array.from({ length: placed.count }, (_, index) => index);

describe('barRects', () => {
  it('draws bars that fall on the same pixels once', () => {
    // Five months of one year at a zoom where each month rounds to the same 3 px.
    const placed = placedBars([
      [100.2, 103.1, 0],
      [100.4, 103.3, 0],
      [99.8, 102.9, 0],
      [100.1, 103.0, 0],
      [100.3, 103.2, 0],
    ]);
    expect(barRects(geometry, placed, all(placed), 800)).toHaveLength(1);
  });

  it('keeps bars on other pixels or in other lanes', () => {
    const placed = placedBars([
      [100, 103, 0],
      [100, 103, 1],
      [101, 104, 0],
      [100, 110, 0],
    ]);
    const rects = barRects(geometry, placed, all(placed), 800);
    expect(rects.map(([x, , width]) => [x, width])).toEqual([
      [100.5, 2],
      [100.5, 2],
      [101.5, 2],
      [100.5, 9],
    ]);
  });

  it('clips bars far wider than the axis to just beyond its edges', () => {
    const placed = placedBars([[-5e6, 5e6, 2]]);
    const [x, , width] = barRects(geometry, placed, all(placed), 800)[0] ?? [];
    expect([x, width]).toEqual([-3.5, 807]);
  });
});
