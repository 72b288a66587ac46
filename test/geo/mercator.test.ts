import { describe, expect, it } from 'vitest';
import { cameraForBounds, mercatorX, mercatorY, unproject } from '../../src/geo/mercator';

describe('web mercator', () => {
  it('puts the equator and the prime meridian in the middle', () => {
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 10);
  });

  it('unprojects what it projects', () => {
    const [lon, lat] = unproject(mercatorX(68.78), mercatorY(38.56));
    expect(lon).toBeCloseTo(68.78, 8);
    expect(lat).toBeCloseTo(38.56, 8);
  });
});

describe('cameraForBounds', () => {
  const viewport = { width: 512, height: 512, padding: 0, maxZoom: 20 };

  it('shows the whole world at zoom 0 in a 512 px square', () => {
    const camera = cameraForBounds([-180, -85.051129, 180, 85.051129], viewport);
    expect(camera.zoom).toBeCloseTo(0, 3);
    expect(camera.lon).toBeCloseTo(0, 6);
    expect(camera.lat).toBeCloseTo(0, 6);
  });

  it('zooms in one step per halving of the box', () => {
    const camera = cameraForBounds([0, -85.051129, 180, 85.051129], { ...viewport, width: 256 });
    expect(camera.zoom).toBeCloseTo(0, 3);
  });

  it('stops at the maximum zoom for a single point', () => {
    expect(cameraForBounds([37.62, 55.76, 37.62, 55.76], { ...viewport, maxZoom: 6 })).toEqual({
      lon: expect.closeTo(37.62, 6),
      lat: expect.closeTo(55.76, 6),
      zoom: 6,
    });
  });

  it('keeps padding clear', () => {
    const tight = cameraForBounds([60, 30, 76, 42], viewport);
    const padded = cameraForBounds([60, 30, 76, 42], { ...viewport, padding: 64 });
    expect(padded.zoom).toBeLessThan(tight.zoom);
  });
});
