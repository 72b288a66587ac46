/**
 * Carries the store into the map: the time window into feature state or global state (WindowBy
 * in event-layers.ts), the selection into global state, hover and selection into feature state,
 * camera requests and selections made elsewhere into camera moves. Runs outside React, so
 * scrubbing the timeline re-renders nothing.
 */
import { anchorPoints } from '../geo/anchor';
import { placeBounds } from '../geo/event-bounds';
import { eventIndex } from '../state/selectors';
import type { DatelineState, DatelineStore } from '../state/store';
import { measureScrub, scrubPending } from '../time/scrub-timing';
import { overlaps } from '../time/time-window';
import type { WindowSync } from './draws-on-gpu';
import { EVENT_SOURCE_IDS, FEATURE_STATE, GLOBAL_STATE } from './event-layers';
import { repaintMarks, type RepaintableMap } from './frame-copies/marks-repaint';
import { cameraDuration } from './motion';

/** The part of a MapLibre map this module drives; a MapLibre Map is one. */
export interface SyncedMap {
  setGlobalStateProperty(name: string, value: unknown): unknown;
  setFeatureState(feature: { source: string; id: string }, state: Record<string, boolean>): unknown;
  fitBounds(
    bounds: [[number, number], [number, number]],
    options: { padding: EdgePadding; maxZoom: number; duration: number },
  ): unknown;
  flyTo(options: { center: [number, number]; zoom: number; duration: number }): unknown;
  getContainer(): MapContainer;
  getSource(id: string): unknown;
  isSourceLoaded(id: string): boolean;
  on(type: 'render' | 'resize', listener: () => void): unknown;
  off(type: 'render' | 'resize', listener: () => void): unknown;
  triggerRepaint(): void;
}

/** The closest a selection zooms in: a point known exactly would otherwise fill the screen. */
export const SELECTION_MAX_ZOOM = 6;
const FLY_MS = 1200;

const SOURCES = Object.values(EVENT_SOURCE_IDS);

/** True when every event source exists and has its data tiled. */
export function eventSourcesLoaded(map: Pick<SyncedMap, 'getSource' | 'isSourceLoaded'>): boolean {
  return SOURCES.every((id) => map.getSource(id) !== undefined && map.isSourceLoaded(id));
}

function setEventState(map: SyncedMap, id: string | undefined, key: string, value: boolean): void {
  if (id === undefined) return;
  for (const source of SOURCES) {
    if (map.getSource(source) !== undefined) map.setFeatureState({ source, id }, { [key]: value });
  }
}

/** The map's box, as framing reads it (a MapLibre map's container element is one). */
export interface MapContainer {
  readonly clientWidth: number;
  readonly clientHeight: number;
  getBoundingClientRect?(): { readonly top: number };
  querySelector?(
    selectors: string,
  ): { getBoundingClientRect(): { readonly bottom: number } } | null;
}

/**
 * Whether the map's box is laid out. The app first renders beside the prerendered view in a
 * hidden box (prerender-takeover.ts), where a map that loads measures 0 × 0: a size, a frame
 * and edge buttons worked out there are not what the reader sees, and change when it is shown.
 * MapLibre frames for a 400 × 300 px canvas there: an event framed in the hidden box was off
 * centre, or not framed at all, once shown (a presentation opened on the world, or with its
 * first event in a corner, in 2 of 4 loads at 1,920 × 1,080).
 */
export function hasRoom(map: Pick<SyncedMap, 'getContainer'>): boolean {
  const { clientWidth, clientHeight } = map.getContainer();
  return clientWidth > 0 && clientHeight > 0;
}

/** Room kept clear on each side of the map when it frames an event. */
export interface EdgePadding {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The room kept on each side of a width × height px map around an event it frames. */
export function sidePadding(width: number, height: number): number {
  return Math.round(Math.min(64, Math.min(width, height) * 0.15));
}

/** Controls laid over the map's top edge while editing (Place by click, Draw line, Draw area). */
const TOP_OVERLAYS = '.map-edit-tools';

/**
 * The room around a framed event: the same on every side, and below the editing tools at the
 * top, so that on a phone's short map the selected mark and its radius handle are not put under
 * the tools, where a finger meets a button instead of the handle.
 */
export function framePadding(map: Pick<SyncedMap, 'getContainer'>): EdgePadding {
  const container = map.getContainer();
  const { clientWidth, clientHeight } = container;
  const side = sidePadding(clientWidth, clientHeight);
  const overlay = container.querySelector?.(TOP_OVERLAYS);
  const mapTop = container.getBoundingClientRect?.().top ?? 0;
  const covered = overlay ? Math.max(0, overlay.getBoundingClientRect().bottom - mapTop) : 0;
  // Never more than half the map: MapLibre refuses a frame with no room left inside it.
  const top = Math.min(Math.max(side, Math.round(covered) + side), Math.round(clientHeight / 2));
  return { top, bottom: side, left: side, right: side };
}

function flyToEvent(map: SyncedMap, state: DatelineState, duration: number): void {
  const event =
    state.story && state.selectedId ? eventIndex(state.story).get(state.selectedId) : undefined;
  if (!event?.place) return;
  const [west, south, east, north] = placeBounds(event.place);
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding: framePadding(map), maxZoom: SELECTION_MAX_ZOOM, duration },
  );
}

/** The part of a map keepSelectionInView reads. */
export interface ViewedMap extends SyncedMap {
  getBounds(): { contains(lonLat: [number, number]): boolean };
}

/**
 * After the map is resized (on a phone, the details sheet rising over its lower half), brings
 * the selected event back into view if its mark is no longer on screen.
 */
export function keepSelectionInView(map: ViewedMap, state: DatelineState): void {
  const event =
    state.story && state.selectedId ? eventIndex(state.story).get(state.selectedId) : undefined;
  // An event with no place has no mark to keep in view.
  if (!event?.place) return;
  const bounds = map.getBounds();
  if (anchorPoints(event.place.geometry).some((point) => bounds.contains(point))) return;
  flyToEvent(map, state, cameraDuration(FLY_MS / 2));
}

/** The part of a map keepSelectionClearOfTools reads. */
export interface ProjectingMap extends SyncedMap {
  project(lonLat: [number, number]): { readonly y: number };
}

/**
 * While an event is edited, brings it out from under the editing tools laid over the map's top
 * edge: on a phone's short map the camera could leave the event, and its radius handle, under
 * Draw line and Draw area, where a finger meets a button instead of the handle.
 */
export function keepSelectionClearOfTools(map: ProjectingMap, state: DatelineState): void {
  const event =
    state.story && state.selectedId ? eventIndex(state.story).get(state.selectedId) : undefined;
  if (!event?.place) return;
  const { top } = framePadding(map);
  const under = anchorPoints(event.place.geometry).every((point) => map.project(point).y < top);
  if (under) flyToEvent(map, state, 0);
}

/** A selection made on the map is already in view; one made from a link that also names a view keeps that view. */
function shouldFly(state: DatelineState): boolean {
  if (state.selectedId === undefined || state.selectionOrigin === 'map') return false;
  return !(state.selectionOrigin === 'link' && state.settings.initial.view !== undefined);
}

/** How the store is carried into the map. */
export interface SyncOptions {
  /**
   * How the story's layers follow the time window (windowSyncOf): by each event's feature state,
   * by filters reading global state, or not at all (a large story's marks are on the GPU), when
   * a step writes nothing into the style: each write of global state costs the map a style
   * update on its next frame and a message to its workers.
   */
  readonly windowSync?: WindowSync;
}

/**
 * Marks which placed events are in the window, in feature state: only those whose state changes
 * since `shown`, which it updates. An unplaced event has no feature to mark. True when any
 * changed.
 */
function markShown(map: SyncedMap, state: DatelineState, shown: Map<string, boolean>): boolean {
  let changed = false;
  for (const event of state.story?.events ?? []) {
    if (!event.place) continue;
    const inWindow = overlaps(state.window, event.time.start, event.time.end);
    if (shown.get(event.id) === inWindow) continue;
    shown.set(event.id, inWindow);
    setEventState(map, event.id, FEATURE_STATE.shown, inWindow);
    changed = true;
  }
  return changed;
}

/** Starts carrying the store into the map; returns the function that stops it. */
export function syncMapWithStore(
  map: SyncedMap & RepaintableMap,
  store: DatelineStore,
  { windowSync = 'filter' }: SyncOptions = {},
): () => void {
  // While the map is still re-filtering its tiles, a new window waits, and only the latest one
  // is applied when the map is free: scrubbing faster than the map can draw never queues up
  // work, so the map never falls behind the timeline.
  let windowWaiting = false;
  let scrubToMeasure = false;
  let listening = false;
  // Each placed event's last `shown` state, with WindowBy `state`.
  const shown = new Map<string, boolean>();

  function onRender(): void {
    if (!eventSourcesLoaded(map)) return;
    if (windowWaiting) {
      windowWaiting = false;
      applyWindow(store.getState());
      map.triggerRepaint();
      return;
    }
    if (scrubToMeasure) {
      scrubToMeasure = false;
      measureScrub();
    }
    stopListening();
  }

  function listen(): void {
    if (listening) return;
    listening = true;
    map.on('render', onRender);
    map.triggerRepaint();
  }

  function stopListening(): void {
    if (!listening) return;
    listening = false;
    map.off('render', onRender);
  }

  function windowChanged(state: DatelineState): void {
    if (scrubPending()) scrubToMeasure = true;
    if (windowSync !== 'filter') {
      // Feature state is rewritten on the map's next frame, and the GPU marks redraw
      // themselves: neither waits for tiles. The frame that shows the step is measured here.
      // Feature state changes only the story's layers: that frame draws the basemap and its
      // labels from copies (frame-copies/), as a GPU marks' step does.
      if (windowSync === 'state' && markShown(map, state, shown)) repaintMarks(map);
      if (scrubToMeasure) listen();
      return;
    }
    if (eventSourcesLoaded(map)) applyWindow(state);
    else windowWaiting = true;
    if (windowWaiting || scrubToMeasure) listen();
  }

  function applyWindow(state: DatelineState): void {
    map.setGlobalStateProperty(GLOBAL_STATE.from, state.window.from);
    map.setGlobalStateProperty(GLOBAL_STATE.to, state.window.to);
  }

  const initial = store.getState();
  if (windowSync === 'filter') applyWindow(initial);
  if (windowSync === 'state') markShown(map, initial, shown);
  map.setGlobalStateProperty(GLOBAL_STATE.selectedId, initial.selectedId ?? '');
  setEventState(map, initial.selectedId, FEATURE_STATE.selected, true);
  setEventState(map, initial.hoveredId, FEATURE_STATE.hovered, true);
  // A selection made while the map has no room is framed once it has: at once, as the reader
  // has not seen the map yet.
  let framingWaits = false;
  function frameSelected(state: DatelineState, duration: number): void {
    if (hasRoom(map)) {
      flyToEvent(map, state, duration);
    } else if (!framingWaits) {
      framingWaits = true;
      map.on('resize', onRoom);
    }
  }
  function onRoom(): void {
    if (!hasRoom(map)) return;
    framingWaits = false;
    map.off('resize', onRoom);
    const state = store.getState();
    if (shouldFly(state)) flyToEvent(map, state, 0);
  }

  // Opening on a selected event: show it at once, unless the link also named a view.
  if (initial.camera === undefined && shouldFly(initial)) frameSelected(initial, 0);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.window !== previous.window) windowChanged(state);
    if (state.selectedId !== previous.selectedId) {
      setEventState(map, previous.selectedId, FEATURE_STATE.selected, false);
      setEventState(map, state.selectedId, FEATURE_STATE.selected, true);
      map.setGlobalStateProperty(GLOBAL_STATE.selectedId, state.selectedId ?? '');
      if (shouldFly(state)) frameSelected(state, cameraDuration(FLY_MS));
    }
    if (state.hoveredId !== previous.hoveredId) {
      setEventState(map, previous.hoveredId, FEATURE_STATE.hovered, false);
      setEventState(map, state.hoveredId, FEATURE_STATE.hovered, true);
      repaintMarks(map);
    }
    if (state.camera !== previous.camera && state.camera && state.cameraOrigin === 'request') {
      const { lon, lat, zoom } = state.camera;
      map.flyTo({ center: [lon, lat], zoom, duration: cameraDuration(FLY_MS) });
    }
  });

  return () => {
    unsubscribe();
    stopListening();
    if (framingWaits) map.off('resize', onRoom);
  };
}
