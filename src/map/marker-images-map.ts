/**
 * The map engine as the map view hands it to react-map-gl (its `mapLib`): MapLibre, with a Map
 * that draws the story's marker images (kind-icons.ts) from the first tile that asks for one.
 */
import * as maplibre from 'maplibre-gl';
import type { MapOptions } from 'maplibre-gl';
import { provideIcon } from './kind-icons';

class MarkerImagesMap extends maplibre.Map {
  constructor(options: MapOptions) {
    super(options);
    // Here, before the style loads (on the next frame). Set on the map's `load` event, the
    // resolver came after the first tiles were laid out: a marker whose image such a tile asked
    // for stayed blank ("Image … could not be loaded"). That showed once a small story's markers
    // were laid out from the first tile, in the window or not (WindowBy in event-layers.ts).
    this.setMissingStyleImageResolver((id) => provideIcon(this, id, window.devicePixelRatio));
  }
}

/** MapLibre with MarkerImagesMap as its Map. */
export const markerImagesMapLib = { ...maplibre, Map: MarkerImagesMap };
