/**
 * Which of the story's layers go on the map, and whether any of them reads the time window. A
 * large story's point marks are drawn on the GPU (time-marks/), so the layers that would draw
 * them, and those whose source is empty, stay off the map: then a scrub step need not touch the
 * style at all. A window written into global state that a filter reads makes MapLibre reload the
 * layer's source, even an empty one, and ask its worker to place it again, which at 10,000 events
 * cost several frames per step; a small story's layers follow the window by feature state instead.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { EventFeatures } from './event-features';
import { EVENT_LAYER_IDS, eventLayers, GLOBAL_STATE, type MapTheme } from './event-layers';

/** The story's layers, beneath the basemap's labels and on top. */
export interface StoryLayers {
  readonly beneathLabels: readonly LayerSpecification[];
  readonly onTop: readonly LayerSpecification[];
}

/** Layers a large story leaves to the GPU, or whose source is empty (nothing to re-filter). */
function leftToGpu(features: EventFeatures): ReadonlySet<string> {
  const ids = new Set<string>([
    EVENT_LAYER_IDS.markerHalo,
    EVENT_LAYER_IDS.markers,
    EVENT_LAYER_IDS.selectedHalo,
    EVENT_LAYER_IDS.selectedMarker,
    // Guesses' dashed rings are a pass of the GPU marks; this layer's source stays empty.
    EVENT_LAYER_IDS.guessRing,
  ]);
  if (features.areas.features.length === 0) {
    ids.add(EVENT_LAYER_IDS.areaFill);
    ids.add(EVENT_LAYER_IDS.areaOutline);
  }
  if (features.lines.features.length === 0) {
    ids.add(EVENT_LAYER_IDS.lineCasing);
    ids.add(EVENT_LAYER_IDS.line);
  }
  return ids;
}

/**
 * The layers for the story's features: all of them, following the window by feature state, or
 * with `gpu` those the GPU leaves, filtered by the window (WindowBy in event-layers.ts).
 */
export function storyLayers(features: EventFeatures, gpu: boolean, theme: MapTheme): StoryLayers {
  if (!gpu) return eventLayers(theme, 'state');
  const all = eventLayers(theme, 'filter');
  const skip = leftToGpu(features);
  return {
    beneathLabels: all.beneathLabels.filter((layer) => !skip.has(layer.id)),
    onTop: all.onTop.filter((layer) => !skip.has(layer.id)),
  };
}

/** True when the expression reads the global-state value `name`. */
function readsGlobal(expression: unknown, name: string): boolean {
  if (!Array.isArray(expression)) return false;
  if (expression[0] === 'global-state' && expression[1] === name) return true;
  return expression.some((part) => readsGlobal(part, name));
}

/** True when a layer's filter reads the time window, which then has to be in global state. */
export function readsWindow(layers: StoryLayers): boolean {
  return [...layers.beneathLabels, ...layers.onTop].some(
    (layer) =>
      'filter' in layer &&
      (readsGlobal(layer.filter, GLOBAL_STATE.from) || readsGlobal(layer.filter, GLOBAL_STATE.to)),
  );
}
