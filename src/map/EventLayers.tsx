/** The story's sources and layers inside the map. The data is set once per story; filters do the rest. */
import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { Story } from '../story/story';
import { FIRST_LABEL_LAYER_ID } from './basemap-style';
import { eventFeatures } from './event-features';
import { EVENT_SOURCE_IDS, eventLayers, type MapTheme } from './event-layers';

interface EventLayersProps {
  readonly story: Story;
  readonly theme: MapTheme;
}

export function EventLayers({ story, theme }: EventLayersProps) {
  const features = eventFeatures(story);
  const layers = useMemo(() => eventLayers(theme), [theme]);
  return (
    <>
      {/* promoteId: feature state (hover, selection) is keyed by the event id. */}
      <Source id={EVENT_SOURCE_IDS.areas} type="geojson" data={features.areas} promoteId="id" />
      <Source id={EVENT_SOURCE_IDS.circles} type="geojson" data={features.circles} promoteId="id" />
      <Source id={EVENT_SOURCE_IDS.lines} type="geojson" data={features.lines} promoteId="id" />
      <Source id={EVENT_SOURCE_IDS.markers} type="geojson" data={features.markers} promoteId="id" />
      {layers.beneathLabels.map((layer) => (
        <Layer key={layer.id} {...layer} beforeId={FIRST_LABEL_LAYER_ID} />
      ))}
      {layers.onTop.map((layer) => (
        <Layer key={layer.id} {...layer} />
      ))}
    </>
  );
}
