/** Reading MapLibre's pointer events and view: which event is under the pointer, what is in view. */
import type { MapGeoJSONFeature, MapInstance, MapLayerMouseEvent } from 'react-map-gl/maplibre';
import { parseGazetteer, type NamedPlace } from '../geo/gazetteer';
import type { BBox, LonLat } from '../geo/geometry';
import type { BasemapGeoData } from './basemap-data';
import { EVENT_LAYER_IDS, FEATURE_STATE, MARK_LAYER_IDS } from './event-layers';

/** Which event the pointer is on, and where to point at it. */
export interface HoverTarget {
  readonly id: string;
  readonly position: LonLat;
}

/** The basemap's label file: countries' and cities' names. */
export const LABELS_FILE = 'labels.geojson';

/** Pixels around a tap that still count as touching a mark: fingers are wider than pointers. */
const TAP_SLOP = 10;

/** What the hit test needs of a feature MapLibre found under the pointer. */
interface FoundFeature {
  readonly layer: { readonly id: string };
  readonly properties: Readonly<Record<string, unknown>>;
  /** Its feature state: a small story's layers keep events outside the window, unseen. */
  readonly state?: Readonly<Record<string, unknown>>;
}

/** False for a feature drawn unseen because its event is outside the time window. */
export function isShown(feature: FoundFeature): boolean {
  return feature.state?.[FEATURE_STATE.shown] !== false;
}

function idOf(feature: FoundFeature | undefined): string | undefined {
  const id: unknown = feature?.properties.id;
  return typeof id === 'string' ? id : undefined;
}

const isArea = (feature: FoundFeature) => feature.layer.id === EVENT_LAYER_IDS.areaFill;

function areaKm2(feature: FoundFeature): number {
  const km2 = feature.properties.areaKm2;
  return typeof km2 === 'number' ? km2 : Number.POSITIVE_INFINITY;
}

/**
 * The feature the pointer means: any mark before any area, and among areas the smallest, so a town's
 * circle inside a country's outline, and a mark inside either, stays reachable.
 */
export function topFeature<F extends FoundFeature>(features: readonly F[]): F | undefined {
  const shown = features.filter(isShown);
  const mark = shown.find((feature) => !isArea(feature));
  if (mark) return mark;
  let smallest: F | undefined;
  for (const feature of shown) {
    if (!smallest || areaKm2(feature) < areaKm2(smallest)) smallest = feature;
  }
  return smallest;
}

/** The event under the pointer, and where to anchor its tooltip (the marker, else the pointer). */
export function hoverTargetOf(event: MapLayerMouseEvent): HoverTarget | undefined {
  const feature = topFeature(event.features ?? []);
  const id = idOf(feature);
  if (id === undefined || !feature) return undefined;
  const { geometry } = feature;
  const [lon, lat] =
    geometry.type === 'Point' ? geometry.coordinates : [event.lngLat.lng, event.lngLat.lat];
  return { id, position: [lon ?? event.lngLat.lng, lat ?? event.lngLat.lat] };
}

/** The marks within a finger's width of the point: fingers are wider than pointers. */
function marksNear(event: MapLayerMouseEvent): MapGeoJSONFeature[] {
  const map = event.target;
  const layers = MARK_LAYER_IDS.filter((id) => map.getLayer(id) !== undefined);
  if (layers.length === 0) return [];
  const { x, y } = event.point;
  return map
    .queryRenderedFeatures(
      [
        [x - TAP_SLOP, y - TAP_SLOP],
        [x + TAP_SLOP, y + TAP_SLOP],
      ],
      { layers },
    )
    .filter(isShown);
}

/**
 * The event clicked or tapped: the mark under the point, else the nearest mark within a finger's
 * width, else the smallest area around the point.
 */
export function pickEventId(event: MapLayerMouseEvent): string | undefined {
  const direct = topFeature(event.features ?? []);
  if (direct && !isArea(direct)) return idOf(direct);
  return idOf(marksNear(event)[0]) ?? idOf(direct);
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
