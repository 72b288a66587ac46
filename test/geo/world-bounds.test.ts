// Stories anywhere on Earth: across the antimeridian (Fiji, the Bering Strait) and far north.
import { describe, expect, it } from 'vitest';
import { unionBounds } from '../../src/geo/event-bounds';
import type { BBox } from '../../src/geo/geometry';
import { cameraForBounds } from '../../src/geo/mercator';
import { offscreenGroups } from '../../src/geo/offscreen';

const spot = (lon: number, lat: number): BBox => [lon, lat, lon, lat];
const VIEWPORT = { width: 1000, height: 600, padding: 48, maxZoom: 7 };

describe('bounds across the antimeridian', () => {
  it('frames Fiji the short way round: 4 degrees, not 356', () => {
    const [west, , east] = unionBounds([spot(178.4, -18.1), spot(-178.2, -16.8)]) ?? [];
    expect(west).toBeCloseTo(178.4);
    expect(east).toBeCloseTo(181.8);
  });

  it('keeps a box that does not cross as it is', () => {
    expect(unionBounds([spot(-71, -33), spot(-70, -20)])).toEqual([-71, -33, -70, -20]);
  });

  it('frames the Bering Strait from Chukotka to Alaska', () => {
    const box = unionBounds([spot(173.2, 64.7), spot(-168.1, 65.6), spot(-165.4, 64.5)]);
    expect(box?.[0]).toBeCloseTo(173.2);
    expect(box?.[2]).toBeCloseTo(194.6);
  });

  it('centres the camera on the antimeridian with a longitude in range', () => {
    const camera = cameraForBounds([178.4, -18.1, 181.8, -16.8], VIEWPORT);
    expect(camera.lon).toBeCloseTo(-179.9, 1);
    expect(camera.zoom).toBeGreaterThan(6);
  });

  it('puts the off-screen marker on the side the events lie, across the antimeridian', () => {
    // A view of Viti Levu whose east edge passes 180°, as MapLibre reports it.
    const view: BBox = [176.5, -19.5, 180.5, -16.5];
    const [group] = offscreenGroups(
      [{ id: 'taveuni', name: 'Taveuni', position: [-179.9, -16.8] }],
      view,
    );
    expect(group).toBeUndefined();
    const [east] = offscreenGroups(
      [{ id: 'lau', name: 'Lau Islands', position: [-178.5, -18.0] }],
      view,
    );
    expect(east?.direction).toBe('east');
  });
});

describe('bounds at high latitudes', () => {
  it('frames northern Norway, from Tromsø to Kirkenes, inside Web Mercator', () => {
    const box = unionBounds([spot(18.96, 69.65), spot(30.05, 69.73), spot(23.27, 70.66)]) ?? [
      0, 0, 0, 0,
    ];
    const camera = cameraForBounds(box, VIEWPORT);
    expect(camera.lat).toBeGreaterThan(69.6);
    expect(camera.lat).toBeLessThan(70.7);
    expect(camera.zoom).toBeGreaterThan(4);
    expect(camera.zoom).toBeLessThanOrEqual(7);
  });

  it('points north to Svalbard from a view of the mainland', () => {
    const [group] = offscreenGroups(
      [{ id: 'svalbard', name: 'Longyearbyen', position: [15.6, 78.2] }],
      [15, 68, 31, 71.5],
    );
    expect(group?.direction).toBe('north');
  });
});
