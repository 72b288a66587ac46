/**
 * The basemap's style with the story's sources and layers in it. Given to the map in one style,
 * the basemap and the story's tiles are requested and laid out together: added after the style
 * had loaded (a `<Source>` per kind of geometry), the story cost the map another style update,
 * another frame (~170 ms in software GL) and its own round of tiling after the basemap's.
 * Later changes (an edit, a theme) go through the style diff: new data becomes a
 * `setGeoJSONSourceData`, a new look a paint or layout change.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { FIRST_LABEL_LAYER_ID } from './basemap-ids';
import type { EventFeatures } from './event-features';
import { EVENT_SOURCE_IDS, type MapTheme } from './event-layers';
import { storyLayers } from './story-layers';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A GeoJSON source of the story; feature state (hover, selection) is keyed by the event id. */
function eventSource(data: FeatureCollection): SourceSpecification {
  return { type: 'geojson', data, promoteId: 'id' };
}

/**
 * `basemap` with the story's three sources and its layers: beneath the basemap's first label, and
 * the selection on top. With `gpu` the point marks are the GPU's (TimeMarksLayers): their sources
 * stay, empty, so that feature state and readiness read the same three sources for every story.
 */
export function withStory(
  basemap: StyleSpecification,
  features: EventFeatures,
  gpu: boolean,
  theme: MapTheme,
): StyleSpecification {
  const { beneathLabels, onTop } = storyLayers(features, gpu, theme);
  const labelAt = basemap.layers.findIndex((layer) => layer.id === FIRST_LABEL_LAYER_ID);
  const split = labelAt < 0 ? basemap.layers.length : labelAt;
  const layers: LayerSpecification[] = [
    ...basemap.layers.slice(0, split),
    ...beneathLabels,
    ...basemap.layers.slice(split),
    ...onTop,
  ];
  return {
    ...basemap,
    sources: {
      ...basemap.sources,
      [EVENT_SOURCE_IDS.areas]: eventSource(features.areas),
      [EVENT_SOURCE_IDS.lines]: eventSource(features.lines),
      [EVENT_SOURCE_IDS.markers]: eventSource(gpu ? EMPTY : features.markers),
    },
    layers,
  };
}
