import { describe, expect, it } from 'vitest';
import { basemapStyle } from '../../src/map/basemap-style';
import { eventFeatures } from '../../src/map/event-features';
import { EVENT_SOURCE_IDS } from '../../src/map/event-layers';
import { withStory } from '../../src/map/story-style';
import { mapStory } from './map-story';

const basemap = basemapStyle({ theme: 'light' });
const features = eventFeatures(mapStory());

describe('withStory', () => {
  it('keys feature state by event id in each of the story’s sources', () => {
    const style = withStory(basemap, features, false, 'light');
    for (const id of Object.values(EVENT_SOURCE_IDS))
      expect(style.sources[id]).toMatchObject({ type: 'geojson', promoteId: 'id' });
  });

  it('leaves the point marks’ sources empty when the GPU draws them', () => {
    const style = withStory(basemap, features, true, 'light');
    expect(style.sources[EVENT_SOURCE_IDS.markers]).toMatchObject({
      data: { type: 'FeatureCollection', features: [] },
    });
    expect(style.layers.map((layer) => layer.id)).not.toContain('dateline-markers');
  });

  it('keeps every basemap layer, in its order', () => {
    const ids = withStory(basemap, features, false, 'dark').layers.map((layer) => layer.id);
    const own = basemap.layers.map((layer) => layer.id);
    expect(ids.filter((id) => own.includes(id))).toEqual(own);
  });
});
