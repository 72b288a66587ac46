import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CircleProperties, MarkerProperties } from '../../../src/map/event-features';
import { stackSlot } from '../../../src/map/marker-stacks';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2021, 8, 1);

/** A marker feature as event-features.ts builds it. */
export function marker(
  id: string,
  position: [number, number],
  days: [number, number],
  options: { slot?: number; look?: string; approximate?: boolean; isRange?: boolean } = {},
): Feature<Point, MarkerProperties> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: position },
    properties: {
      id,
      kind: 'exercise',
      color: '#d55e00',
      look: options.look ?? 'triangle_d55e00',
      start: T0 + days[0] * DAY,
      end: T0 + days[1] * DAY,
      precision: 'day',
      isRange: options.isRange ?? false,
      approximate: options.approximate ?? false,
      slot: options.slot ?? stackSlot(1, 0),
      guess: false,
    },
  };
}

export function markers(
  ...features: Feature<Point, MarkerProperties>[]
): FeatureCollection<Point, MarkerProperties> {
  return { type: 'FeatureCollection', features };
}

export function circles(
  ...entries: [Feature<Point, MarkerProperties>, number][]
): FeatureCollection<Point, CircleProperties> {
  return {
    type: 'FeatureCollection',
    features: entries.map(([feature, radius0]) => ({
      ...feature,
      properties: { ...feature.properties, radius0 },
    })),
  };
}
