import { describe, expect, it } from 'vitest';
import { axisGeometry, laneAt, laneCentre, POINT_LANES } from '../../src/timeline/axis-geometry';

describe('axisGeometry', () => {
  it('gives a story as many range lanes as its ranges overlap', () => {
    expect(axisGeometry(5).barLanes).toBe(5);
  });

  it('keeps at least two and at most eight range lanes', () => {
    expect(axisGeometry(0).barLanes).toBe(2);
    expect(axisGeometry(40).barLanes).toBe(8);
  });

  it('finds each lane again at its own centre', () => {
    const geometry = axisGeometry(4);
    const lanes = Array.from({ length: 4 + POINT_LANES }, (_, lane) => lane);
    expect(lanes.map((lane) => laneAt(geometry, laneCentre(geometry, lane)))).toEqual(lanes);
  });

  it('puts the point lanes below the range lanes and above the axis', () => {
    const geometry = axisGeometry(4);
    expect(laneCentre(geometry, 4)).toBeGreaterThan(laneCentre(geometry, 3));
    expect(laneCentre(geometry, 4 + POINT_LANES - 1)).toBeLessThan(geometry.axisY);
  });

  it('adds the density strip between the point lanes and the axis only when dense', () => {
    const plain = axisGeometry(4);
    const dense = axisGeometry(4, true);
    expect(plain.histogramHeight).toBe(0);
    expect(dense.histogramTop).toBeGreaterThan(laneCentre(dense, 4 + POINT_LANES - 1));
    expect(dense.histogramTop + dense.histogramHeight).toBe(dense.axisY);
    expect(dense.axisY).toBeGreaterThan(plain.axisY);
  });
});
