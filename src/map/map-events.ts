/** Reading MapLibre's pointer events and view: which event is under the pointer, what is in view. */
import type { MapGeoJSONFeature, MapInstance, MapLayerMouseEvent } from 'react-map-gl/maplibre';
import { parseGazetteer, type NamedPlace } from '../geo/gazetteer';
import type { BBox, LonLat } from '../geo/geometry';
import { BASEMAP_SOURCE_IDS } from './basemap-style';
import { INTERACTIVE_LAYER_IDS } from './event-layers';

/** Which event the pointer is on, and where to point at it. */
export interface HoverTarget {
  readonly id: string;
  readonly position: LonLat;
}

/** Pixels around a tap that still count as touching a mark: fingers are wider than pointers. */
const TAP_SLOP = 10;

function idOf(feature: MapGeoJSONFeature | undefined): string | undefined {
  const id: unknown = feature?.properties.id;
  return typeof id === 'string' ? id : undefined;
}

/** The event under the pointer, and where to anchor its tooltip (the marker, else the pointer). */
export function hoverTargetOf(event: MapLayerMouseEvent): HoverTarget | undefined {
  const feature = event.features?.[0];
  const id = idOf(feature);
  if (id === undefined || !feature) return undefined;
  const { geometry } = feature;
  const [lon, lat] =
    geometry.type === 'Point' ? geometry.coordinates : [event.lngLat.lng, event.lngLat.lat];
  return { id, position: [lon ?? event.lngLat.lng, lat ?? event.lngLat.lat] };
}

/** The event clicked or tapped: the mark under the point, else the nearest within a finger's width. */
export function pickEventId(event: MapLayerMouseEvent): string | undefined {
  const direct = idOf(event.features?.[0]);
  if (direct !== undefined) return direct;
  const map = event.target;
  const layers = INTERACTIVE_LAYER_IDS.filter((id) => map.getLayer(id) !== undefined);
  if (layers.length === 0) return undefined;
  const { x, y } = event.point;
  const near = map.queryRenderedFeatures(
    [
      [x - TAP_SLOP, y - TAP_SLOP],
      [x + TAP_SLOP, y + TAP_SLOP],
    ],
    { layers },
  );
  return idOf(near[0]);
}

/** What the map shows now, as [west, south, east, north]. */
export function viewOf(map: MapInstance): BBox {
  const bounds = map.getBounds();
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
}

function hasGetData(source: unknown): source is { getData(): Promise<unknown> } {
  return (
    typeof source === 'object' &&
    source !== null &&
    'getData' in source &&
    typeof source.getData === 'function'
  );
}

/** The basemap's towns, read from the source the map has already loaded: no second request. */
export async function basemapPlaces(map: MapInstance): Promise<NamedPlace[]> {
  const source: unknown = map.getSource(BASEMAP_SOURCE_IDS.places);
  if (!hasGetData(source)) return [];
  try {
    return parseGazetteer(await source.getData());
  } catch {
    return [];
  }
}
