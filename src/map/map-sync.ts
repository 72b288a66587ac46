/**
 * Carries the store into the map: the time window and the selection into global state, hover
 * and selection into feature state, camera requests and selections made elsewhere into camera
 * moves. Runs outside React, so scrubbing the timeline re-renders nothing.
 */
import { placeBounds } from '../geo/event-bounds';
import { eventIndex } from '../state/selectors';
import type { DatelineState, DatelineStore } from '../state/store';
import { measureScrub, scrubPending } from '../time/scrub-timing';
import { EVENT_SOURCE_IDS, FEATURE_STATE, GLOBAL_STATE } from './event-layers';
import { cameraDuration } from './motion';

/** The part of a MapLibre map this module drives; a MapLibre Map is one. */
export interface SyncedMap {
  setGlobalStateProperty(name: string, value: unknown): unknown;
  setFeatureState(feature: { source: string; id: string }, state: Record<string, boolean>): unknown;
  fitBounds(
    bounds: [[number, number], [number, number]],
    options: { padding: number; maxZoom: number; duration: number },
  ): unknown;
  flyTo(options: { center: [number, number]; zoom: number; duration: number }): unknown;
  getContainer(): { clientWidth: number; clientHeight: number };
  getSource(id: string): unknown;
  isSourceLoaded(id: string): boolean;
  on(type: 'render', listener: () => void): unknown;
  off(type: 'render', listener: () => void): unknown;
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

function padding(map: SyncedMap): number {
  const { clientWidth, clientHeight } = map.getContainer();
  return Math.round(Math.min(64, Math.min(clientWidth, clientHeight) * 0.15));
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
    { padding: padding(map), maxZoom: SELECTION_MAX_ZOOM, duration },
  );
}

/** A selection made on the map is already in view; one made from a link that also names a view keeps that view. */
function shouldFly(state: DatelineState): boolean {
  if (state.selectedId === undefined || state.selectionOrigin === 'map') return false;
  return !(state.selectionOrigin === 'link' && state.settings.initial.view !== undefined);
}

/** Starts carrying the store into the map; returns the function that stops it. */
export function syncMapWithStore(map: SyncedMap, store: DatelineStore): () => void {
  // While the map is still re-filtering its tiles, a new window waits, and only the latest one
  // is applied when the map is free: scrubbing faster than the map can draw never queues up
  // work, so the map never falls behind the timeline.
  let windowWaiting = false;
  let scrubToMeasure = false;
  let listening = false;

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
    if (eventSourcesLoaded(map)) applyWindow(state);
    else windowWaiting = true;
    if (windowWaiting || scrubToMeasure) listen();
  }

  function applyWindow(state: DatelineState): void {
    map.setGlobalStateProperty(GLOBAL_STATE.from, state.window.from);
    map.setGlobalStateProperty(GLOBAL_STATE.to, state.window.to);
  }

  const initial = store.getState();
  applyWindow(initial);
  map.setGlobalStateProperty(GLOBAL_STATE.selectedId, initial.selectedId ?? '');
  setEventState(map, initial.selectedId, FEATURE_STATE.selected, true);
  setEventState(map, initial.hoveredId, FEATURE_STATE.hovered, true);
  // Opening on a selected event: show it at once, unless the link also named a view.
  if (initial.camera === undefined && shouldFly(initial)) flyToEvent(map, initial, 0);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.window !== previous.window) windowChanged(state);
    if (state.selectedId !== previous.selectedId) {
      setEventState(map, previous.selectedId, FEATURE_STATE.selected, false);
      setEventState(map, state.selectedId, FEATURE_STATE.selected, true);
      map.setGlobalStateProperty(GLOBAL_STATE.selectedId, state.selectedId ?? '');
      if (shouldFly(state)) flyToEvent(map, state, cameraDuration(FLY_MS));
    }
    if (state.hoveredId !== previous.hoveredId) {
      setEventState(map, previous.hoveredId, FEATURE_STATE.hovered, false);
      setEventState(map, state.hoveredId, FEATURE_STATE.hovered, true);
    }
    if (state.camera !== previous.camera && state.camera && state.cameraOrigin === 'request') {
      const { lon, lat, zoom } = state.camera;
      map.flyTo({ center: [lon, lat], zoom, duration: cameraDuration(FLY_MS) });
    }
  });

  return () => {
    unsubscribe();
    stopListening();
  };
}
