/**
 * The story's sources and layers inside the map. The data is set once per story; filters do the
 * rest. A large story's point marks are drawn on the GPU instead (TimeMarksLayers): their
 * sources stay, empty, and no symbol or circle layer reads them, so a scrub step re-tiles nothing.
 */
import type { FeatureCollection } from 'geojson';
import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { Story } from '../story/story';
import { FIRST_LABEL_LAYER_ID } from './basemap-style';
import { eventFeatures, MANY_EVENTS } from './event-features';
import { EVENT_SOURCE_IDS, type MapTheme } from './event-layers';
import { readsWindow, storyLayers } from './story-layers';
import type { TimeMarks } from './time-marks/time-marks-layer';
import { TimeMarksLayers } from './TimeMarksLayers';

interface EventLayersProps {
  readonly story: Story;
  readonly theme: MapTheme;
  /** Receives a large story's GPU marks while they are on the map. */
  readonly onMarks: (marks: TimeMarks | undefined) => void;
}

/** True when the story's point marks are drawn on the GPU rather than by symbol layers. */
export function drawsOnGpu(story: Story): boolean {
  return story.events.length > MANY_EVENTS;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * True when the story's layers read the time window from global state: then a scrub step writes
 * it there. A large story of points has no such layer, and its steps leave the style alone.
 */
export function styleReadsWindow(story: Story): boolean {
  return readsWindow(storyLayers(eventFeatures(story), drawsOnGpu(story), 'light'));
}

export function EventLayers({ story, theme, onMarks }: EventLayersProps) {
  const features = eventFeatures(story);
  const gpu = drawsOnGpu(story);
  const layers = useMemo(() => storyLayers(features, gpu, theme), [theme, gpu, features]);
  return (
    <>
      {/* promoteId: feature state (hover, selection) is keyed by the event id. */}
      <Source id={EVENT_SOURCE_IDS.areas} type="geojson" data={features.areas} promoteId="id" />
      {/* Circles of doubt are drawn only on the GPU (time-marks/); the source stays for its layer. */}
      <Source id={EVENT_SOURCE_IDS.circles} type="geojson" data={EMPTY} promoteId="id" />
      <Source id={EVENT_SOURCE_IDS.lines} type="geojson" data={features.lines} promoteId="id" />
      <Source id={EVENT_SOURCE_IDS.markers} type="geojson" data={features.markers} promoteId="id" />
      {layers.beneathLabels.map((layer) => (
        <Layer key={layer.id} {...layer} beforeId={FIRST_LABEL_LAYER_ID} />
      ))}
      {layers.onTop.map((layer) => (
        <Layer key={layer.id} {...layer} />
      ))}
      {gpu && <TimeMarksLayers story={story} theme={theme} onMarks={onMarks} />}
    </>
  );
}
