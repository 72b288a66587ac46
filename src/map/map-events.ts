/** Reading MapLibre's pointer events and view: which event is under the pointer, what is in view. */
import type { MapGeoJSONFeature, MapInstance, MapLayerMouseEvent } from 'react-map-gl/maplibre';
import { parseGazetteer, type NamedPlace } from '../geo/gazetteer';
import type { BBox, LonLat } from '../geo/geometry';
import type { BasemapGeoData } from './basemap-data';
import { INTERACTIVE_LAYER_IDS } from './event-layers';

/** Which event the pointer is on, and where to point at it. */
export interface HoverTarget {
  readonly id: string;
  readonly position: LonLat;
}

/** The basemap's label file: countries' and cities' names. */
export const LABELS_FILE = 'labels.geojson';

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

/**
 * The basemap's cities (public/geo/labels.geojson), to name groups of off-screen events: from the
 * files a briefing carries, else fetched from the page's own origin. None if it cannot be read.
 */
export async function basemapPlaces(
  geoBaseUrl: string,
  carried: BasemapGeoData | undefined,
): Promise<NamedPlace[]> {
  try {
    if (carried) return parseGazetteer(carried.files[LABELS_FILE]);
    const response = await fetch(new URL(LABELS_FILE, geoBaseUrl));
    return response.ok ? parseGazetteer(await response.json()) : [];
  } catch {
    return [];
  }
}
