/**
 * A story's events as GeoJSON for the map: markers, uncertainty areas and lines. Built once per
 * story and kept: the time window and the selection are applied by map filters, never by
 * rebuilding this data.
 */
import { area } from '@turf/area';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { anchorPoints } from '../geo/anchor';
import type { LonLat } from '../geo/geometry';
import type { AnchoredEvent } from '../geo/offscreen';
import { uncertaintyArea, type AreaGeometry } from '../geo/uncertainty-shapes';
import { kindTable, type KindTable } from '../story/kind-looks';
import type { Story, StoryEvent } from '../story/story';
import { knownToTheDay, type Precision } from '../time/event-time';
import { lookKey } from './event-layers';
import { runSteps } from '../story/work-in-slices';
import { assignSlotSteps } from './marker-stacks';

/** What every event feature carries; times are UTC ms so filters can compare them. */
export type EventFeatureProperties = {
  readonly id: string;
  readonly kind: string;
  /** The kind's colour on the map, "#rrggbb". */
  readonly color: string;
  /** The kind's symbol and colour, naming its marker images (see iconName). */
  readonly look: string;
  readonly start: number;
  readonly end: number;
  readonly precision: Precision;
  readonly isRange: boolean;
  /** True when the date is not known to the day or finer (month, year or approximate): hollow. */
  readonly approximate: boolean;
  /** True while the event is a machine's unconfirmed guess: its mark gets a dashed ring. */
  readonly guess: boolean;
};

/** A marker also knows its place in a stack of markers at the same spot (see marker-stacks.ts). */
export type MarkerProperties = EventFeatureProperties & { readonly slot: number };

/** An area also knows its size, so large areas can be drawn fainter than small ones. */
export type AreaProperties = EventFeatureProperties & { readonly areaKm2: number };

/** A circle of doubt drawn by the map itself: its radius in pixels at zoom 0. */
export type CircleProperties = EventFeatureProperties & { readonly radius0: number };

/** The GeoJSON sources the event layers draw. */
export interface EventFeatures {
  /**
   * The markers of a story of up to MANY_EVENTS events. A larger story's are drawn on the GPU
   * from arrays (time-marks/) and not kept as GeoJSON: at 100,000 events they held about 28 MB
   * of the live heap, which every major garbage collection while scrubbing walked. Empty then.
   */
  readonly markers: FeatureCollection<Point, MarkerProperties>;
  readonly areas: FeatureCollection<AreaGeometry, AreaProperties>;
  readonly lines: FeatureCollection<LineString | MultiLineString, EventFeatureProperties>;
}

/** A story's point marks as GeoJSON, with their stacks and, drawn on the GPU, its circles. */
export interface PointFeatures {
  readonly markers: FeatureCollection<Point, MarkerProperties>;
  /** Points' circles of doubt in stories drawn on the GPU (see MANY_EVENTS); empty otherwise. */
  readonly circles: FeatureCollection<Point, CircleProperties>;
}

function propertiesOf(event: StoryEvent, kinds: KindTable): EventFeatureProperties {
  const { start, end, precision, isRange } = event.time;
  const look = kinds.look(event.kind);
  return {
    id: event.id,
    kind: event.kind,
    color: look.color,
    look: lookKey(look),
    start,
    end,
    precision,
    isRange,
    approximate: !knownToTheDay(precision),
    guess: event.review?.status === 'guess',
  };
}

/**
 * Above this many events, a story's point marks and its points' circles of doubt are drawn on the
 * GPU (time-marks/), where a scrub step changes uniforms, instead of by MapLibre's layers. When
 * those layers' filters read the window, a step re-tiled and re-placed every marker: 244 ms at
 * 150 events and 608 ms at 1,000 from the key to the frame, against 40 and 43 ms on the GPU
 * (software GL, 2 cores, medians of 3 interleaved runs of `npm run bench:scrub`). A smaller story
 * (the CSTO story's 19 events) keeps MapLibre's layers, which now follow the window by feature
 * state (WindowBy in event-layers.ts: a step 43 ms at 20 and at 100 events): its marks stand
 * apart where the GPU's would cluster, and its first view is spared the GPU program's link. A
 * larger story's marks cluster where they overlap, and its map is ready sooner (at 1,000 events
 * 4.3 against 6.4 s: MapLibre lays out every symbol). Both draw a circle of doubt alike
 * (AREA_LOOK in event-layers.ts).
 */
export const MANY_EVENTS = 100;

/** Metres a pixel covers at zoom 0 on the equator (512-pixel tiles). */
export const METRES_PER_PIXEL_Z0 = 40_075_016.686 / 512;

/** A circle of `km` around `position`, as a zoom-0 pixel radius in Web Mercator. */
export function radiusAtZoom0(position: LonLat, km: number): number {
  const latitude = (position[1] * Math.PI) / 180;
  return (km * 1000) / (METRES_PER_PIXEL_Z0 * Math.cos(latitude));
}

/** Events turned into features between two chances to yield. */
const EVENTS_PER_STEP = 512;

/** Areas and lines, and a story's markers while it is small enough to keep them (see EventFeatures). */
function* buildSteps(story: Story): Generator<void, EventFeatures> {
  const areas: Feature<AreaGeometry, AreaProperties>[] = [];
  const many = story.events.length > MANY_EVENTS;
  const lines: Feature<LineString | MultiLineString, EventFeatureProperties>[] = [];
  const kinds = kindTable(story);
  for (const [index, event] of story.events.entries()) {
    if (index % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield;
    // An event nobody has placed yet is on the timeline and in the list, never on the map.
    const { place } = event;
    if (!place) continue;
    const { geometry } = place;
    // A story drawn on the GPU draws a point's doubt as a circle (pointFeaturesSteps), not an area.
    if (many && geometry.type === 'Point' && place.uncertaintyKm > 0) continue;
    const shape = uncertaintyArea(place);
    const isLine = geometry.type === 'LineString' || geometry.type === 'MultiLineString';
    if (!shape && !isLine) continue;
    const properties = propertiesOf(event, kinds);
    if (shape) {
      const areaKm2 = Math.round(area(shape) / 1e6);
      areas.push({ type: 'Feature', geometry: shape, properties: { ...properties, areaKm2 } });
    }
    if (isLine) lines.push({ type: 'Feature', geometry, properties });
  }
  yield;
  const markers = many ? NO_MARKERS : (yield* pointFeaturesSteps(story)).markers;
  // Largest areas first, so they are drawn underneath and smaller ones stay visible.
  areas.sort((a, b) => b.properties.areaKm2 - a.properties.areaKm2);
  return {
    markers,
    areas: { type: 'FeatureCollection', features: areas },
    lines: { type: 'FeatureCollection', features: lines },
  };
}

const NO_MARKERS: FeatureCollection<Point, MarkerProperties> = {
  type: 'FeatureCollection',
  features: [],
};

/**
 * The story's markers, one per anchor point, with their places in stacks, and in a story drawn
 * on the GPU its points' circles of doubt; built afresh on each call, yielding between runs of
 * events.
 */
export function* pointFeaturesSteps(story: Story): Generator<void, PointFeatures> {
  const anchors: { position: LonLat; properties: EventFeatureProperties }[] = [];
  const circles: Feature<Point, CircleProperties>[] = [];
  const many = story.events.length > MANY_EVENTS;
  const kinds = kindTable(story);
  for (const [index, event] of story.events.entries()) {
    if (index % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield;
    const { place } = event;
    if (!place) continue;
    const properties = propertiesOf(event, kinds);
    const { geometry } = place;
    for (const position of anchorPoints(geometry)) anchors.push({ position, properties });
    const km = place.uncertaintyKm;
    if (many && geometry.type === 'Point' && km > 0) {
      const [lon, lat] = geometry.coordinates;
      const radius0 = radiusAtZoom0([lon, lat], km);
      circles.push({ type: 'Feature', geometry, properties: { ...properties, radius0 } });
    }
  }
  yield;
  const slots = yield* assignSlotSteps(anchors.map((anchor) => anchor.position));
  yield;
  const markers: Feature<Point, MarkerProperties>[] = [];
  for (const [index, { position, properties }] of anchors.entries()) {
    if (index % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield;
    markers.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: position },
      properties: { ...properties, slot: slots[index] ?? 0 },
    });
  }
  return {
    markers: { type: 'FeatureCollection', features: markers },
    circles: { type: 'FeatureCollection', features: circles },
  };
}

const built = new WeakMap<Story, EventFeatures>();

/** The event features of a story; the same objects for the same story. */
export function eventFeatures(story: Story): EventFeatures {
  return runSteps(eventFeaturesSteps(story));
}

/**
 * eventFeatures as steps, yielding between runs of events: at 100,000 events the features and
 * their stacks were one task of about 0.5 s before the map's first frame. Kept as eventFeatures.
 */
export function* eventFeaturesSteps(story: Story): Generator<void, EventFeatures> {
  let features = built.get(story);
  if (!features) {
    features = yield* buildSteps(story);
    built.set(story, features);
  }
  return features;
}

const anchored = new WeakMap<Story, readonly AnchoredEvent[]>();

/** Every marker position with its event's id and place name, for finding off-screen events. */
export function eventAnchors(story: Story): readonly AnchoredEvent[] {
  let anchors = anchored.get(story);
  if (!anchors) {
    anchors = story.events.flatMap(({ id, place }) =>
      place
        ? anchorPoints(place.geometry).map((position) => ({ id, name: place.name, position }))
        : [],
    );
    anchored.set(story, anchors);
  }
  return anchors;
}
