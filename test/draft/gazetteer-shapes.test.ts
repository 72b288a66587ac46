// Countries the draft draws as their outline: each ring a closed area that a map can fill.
import { describe, expect, it } from 'vitest';
import { gazetteer } from './gazetteer-fixture';

describe('the gazetteer’s country outlines', () => {
  const shapes = [...gazetteer().shapes];

  it('has an outline for most countries, Russia and Afghanistan among them', () => {
    expect(shapes.length).toBeGreaterThan(150);
    expect(gazetteer().shapes.has('RU')).toBe(true);
    expect(gazetteer().shapes.has('AF')).toBe(true);
  });

  it('never steps across the antimeridian inside a ring (that fills a band round the world)', () => {
    const crossing = shapes.filter(([, polygons]) =>
      polygons.some((polygon) =>
        polygon.some((ring) =>
          ring.some((point, i) => i > 0 && Math.abs(point[0] - (ring[i - 1]?.[0] ?? 0)) > 180),
        ),
      ),
    );
    expect(crossing.map(([code]) => code)).toEqual([]);
  });

  it('closes every ring', () => {
    for (const [, polygons] of shapes)
      for (const polygon of polygons)
        for (const ring of polygon) expect(ring.at(-1)).toEqual(ring[0]);
  });
});
