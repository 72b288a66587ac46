import { describe, expect, it } from 'vitest';
import { EVENT_LAYER_IDS } from '../../src/map/event-layers';
import { topFeature } from '../../src/map/map-events';

const area = (id: string, areaKm2: number) => ({
  layer: { id: EVENT_LAYER_IDS.areaFill },
  properties: { id, areaKm2 },
});
const marker = (id: string) => ({ layer: { id: EVENT_LAYER_IDS.markers }, properties: { id } });

describe('which event the pointer means', () => {
  it('takes a mark before the areas around it', () => {
    const found = [area('russia', 16_800_000), marker('moscow-talks'), area('khatlon', 24_800)];
    expect(topFeature(found)?.properties.id).toBe('moscow-talks');
  });

  it('takes the smallest of the areas around the point, whatever order they came in', () => {
    const found = [area('khatlon', 24_800), area('russia', 16_800_000), area('border', 9_000)];
    expect(topFeature(found)?.properties.id).toBe('border');
  });

  it('passes over the unseen features of events outside the window (a small story’s)', () => {
    const hidden = <F extends object>(feature: F) => ({ ...feature, state: { shown: false } });
    const shown = <F extends object>(feature: F) => ({ ...feature, state: { shown: true } });
    const found = [
      shown(area('russia', 16_800_000)),
      hidden(marker('moscow-talks')),
      hidden(area('moscow', 2_500)),
    ];
    expect(topFeature(found)?.properties.id).toBe('russia');
    expect(topFeature([hidden(marker('moscow-talks'))])).toBeUndefined();
    // A story filtered by global state gives features no such state: all of them are drawn.
    expect(topFeature([marker('moscow-talks')])?.properties.id).toBe('moscow-talks');
  });

  it('finds nothing where there is nothing', () => {
    expect(topFeature([])).toBeUndefined();
  });
});
