/**
 * The map: an offline world basemap with the story's events on it. MapLibre is touched
 * only in this folder; the store drives it through map-sync.ts, and the map reports back camera
 * moves, hovers and clicks.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  AttributionControl,
  Map,
  NavigationControl,
  ScaleControl,
  type MapInstance,
  type ErrorEvent,
  type MapLayerMouseEvent,
  type MapEvent,
  type ViewStateChangeEvent,
} from 'react-map-gl/maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { eventsBounds } from '../geo/event-bounds';
import type { NamedPlace } from '../geo/gazetteer';
import type { BBox } from '../geo/geometry';
import { cameraForBounds } from '../geo/mercator';
import { MAP_MIN_ZOOM } from '../geo/tile-index';
import type { OffscreenGroup } from '../geo/offscreen';
import { eventIndex } from '../state/selectors';
import type { DatelineStore } from '../state/store';
import { useDateline, useDatelineStore } from '../state/store-context';
import type { Story } from '../story/story';
import type { Camera } from '../state/url-state';
import { useBasemapData } from './basemap-data';
import { DownloadPngButton } from './DownloadPngButton';
import { basemapStyle, FIRST_LABEL_LAYER_ID, waitingStyle } from './basemap-style';
import { setTileReader } from './basemap-tiles';
import { carriedTiles, pageTiles } from './tile-readers';
import { drawsOnGpu, windowSyncOf } from './draws-on-gpu';
import { eventFeatures } from './event-features';
import { EventTooltip } from './EventTooltip';
import { keepBasemapSnapshot } from './frame-copies/basemap-snapshot';
import { EVENT_STATE, INTERACTIVE_LAYER_IDS } from './event-layers';
import { markerImagesMapLib } from './marker-images-map';
import { storyViewCamera } from './opening-camera';
import { Legend } from './Legend';
import { MapEditTools } from './MapEditTools';
import {
  eventSourcesLoaded,
  hasRoom,
  keepSelectionClearOfTools,
  keepSelectionInView,
  syncMapWithStore,
} from './map-sync';
import { basemapPlaces, hoverTargetOf, pickEventId, viewOf, type HoverTarget } from './map-events';
import { OffscreenMarkers } from './OffscreenMarkers';
import { storyFocus } from './story-focus';
import { withStory } from './story-style';
import { StaticMap } from './StaticMap';
import { TimeMarksLayers } from './TimeMarksLayers';
import { clusterAt, markTargetAt } from './time-marks/mark-target';
import type { TimeMarks } from './time-marks/time-marks-layer';
import './map-view.css';
import { useMessages } from '../ui/messages-context';

/** Credits for the basemap data; links only, nothing is fetched from these sites. */
export const MAP_ATTRIBUTION =
  '© <a href="https://www.naturalearthdata.com/" rel="noopener">Natural Earth</a> · ' +
  '<a href="https://www.geonames.org/" rel="noopener">GeoNames (CC BY 4.0)</a>';

/** The opening frame around a story's events: room for the marks, and no closer than a region. */
const FIT_PADDING_PX = 48;
const FIT_MAX_ZOOM = 7;

/** Below this width the map is phone-sized. */
const NARROW_PX = 560;

/** How much room the map has: a phone-sized map, or a tiny one (a 300 × 250 embed). */
export type MapSize = 'wide' | 'narrow' | 'tiny';

function sizeOf(container: HTMLElement): MapSize {
  const { clientWidth, clientHeight } = container;
  if (clientWidth < 400 || clientHeight < 240) return 'tiny';
  return clientWidth < NARROW_PX ? 'narrow' : 'wide';
}

/**
 * Puts the camera on the story's own view, else frames its events, and into the store at once,
 * so the address bar carries `view=` from this first frame on.
 */
function fitStory(map: MapInstance, story: Story, store: DatelineStore): void {
  const view = storyViewCamera(story);
  const bounds = eventsBounds(story.events);
  if (!view && !bounds) return;
  const element = map.getContainer();
  const camera =
    view ??
    cameraForBounds(bounds ?? [-180, -60, 180, 75], {
      width: element.clientWidth,
      height: element.clientHeight,
      padding: FIT_PADDING_PX,
      maxZoom: FIT_MAX_ZOOM,
    });
  map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
  store.getState().setCamera(camera, 'map');
}

/** Performance mark set once, when the basemap and the story's layers are first drawn. */
export const MAP_READY_MARK = 'dateline:map-ready';

// Reached through this module, which the page starts loading at once (LazyMapView.tsx).
export { prepareMapData } from './map-prelude';

/** The world, until the story says where to look (its own view, or its events' bounds). */
function initialViewOf(camera: Camera | undefined) {
  return camera
    ? { longitude: camera.lon, latitude: camera.lat, zoom: camera.zoom }
    : { longitude: 20, latitude: 25, zoom: 1.5 };
}

/** Optional parts of the map; the standard layout uses them all. */
export interface MapViewProps {
  /** Arrow keys and +/− pan and zoom a focused map; off where the keys drive something else. */
  readonly keyboard?: boolean;
  readonly legend?: boolean;
  /**
   * Embeds: a plain wheel or one-finger drag scrolls the page around the map; ctrl/⌘ + wheel
   * zooms and two fingers pan, and MapLibre says so over the map.
   */
  readonly cooperativeGestures?: boolean;
  /** The "Download PNG" control; off where the frame is too small or a projector shows it. */
  readonly download?: boolean;
  /** Called once the map has drawn every event, or has fallen back to the still map. */
  readonly onDrawn?: () => void;
}

export function MapView({
  keyboard = true,
  legend = true,
  cooperativeGestures = false,
  download = true,
  onDrawn,
}: MapViewProps = {}) {
  const store = useDatelineStore();
  const story = useDateline((state) => state.story);
  const theme = useDateline((state) => state.settings.theme);
  const m = useMessages().map;
  const printedMap = useMessages().exportImage.printedMap;
  const [map, setMap] = useState<MapInstance>();
  const [ready, setReady] = useState(false);
  const [view, setView] = useState<BBox>();
  const [size, setSize] = useState<MapSize>('wide');
  const [hovered, setHovered] = useState<HoverTarget>();
  const [gazetteer, setGazetteer] = useState<readonly NamedPlace[]>([]);
  const containerRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  // The opening camera is read once: later camera requests arrive through map-sync. A map
  // rebuilt after a lost WebGL context opens where the lost one was.
  const [initialCamera] = useState(() => store.getState().camera);
  const [initialView, setInitialView] = useState(() => initialViewOf(initialCamera));
  // Set once the map has room and its opening camera: edge buttons are placed from then on.
  const opened = useRef(false);
  const [generation, setGeneration] = useState(0);
  const [noWebgl, setNoWebgl] = useState(false);
  const [printImage, setPrintImage] = useState<string>();
  // A large story's marks are drawn on the GPU, and picked here rather than by MapLibre.
  const marksRef = useRef<TimeMarks | undefined>(undefined);
  const onMarks = useCallback((marks: TimeMarks | undefined) => {
    marksRef.current = marks;
  }, []);
  const gpuTarget = useCallback(
    (event: MapLayerMouseEvent) => {
      const marks = marksRef.current;
      if (!marks) return undefined;
      const { lngLat, target } = event;
      return markTargetAt(marks, { lngLat, zoom: target.getZoom() }, store.getState().window);
    },
    [store],
  );

  // Until a loading story arrives the map draws only the sea (waitingStyle says why); a story
  // that failed to load leaves the world map to look at.
  const waiting = useDateline((state) => state.story === undefined && state.status === 'loading');
  const carried = useBasemapData();
  const focus = useMemo(() => storyFocus(story), [story]);
  const geoBaseUrl = useMemo(
    () => new URL(`${import.meta.env.BASE_URL}geo/`, window.location.href).href,
    [],
  );
  // Made as the map mounts, so the tile index is asked for while the story is still on its way.
  const tileReader = useMemo(
    () => (carried ? carriedTiles(carried.tiles) : pageTiles(geoBaseUrl)),
    [carried, geoBaseUrl],
  );
  const mapStyle = useMemo(() => {
    if (waiting) return { ...waitingStyle(theme), state: EVENT_STATE };
    setTileReader(tileReader);
    const maxTileZoom = carried?.maxZoom;
    const options = maxTileZoom === undefined ? { theme, focus } : { theme, focus, maxTileZoom };
    const basemap = { ...basemapStyle(options), state: EVENT_STATE };
    return story ? withStory(basemap, eventFeatures(story), drawsOnGpu(story), theme) : basemap;
  }, [waiting, theme, carried, focus, tileReader, story]);

  // With no view from the link, the map opens on the story (fitStory). A map in a box with no
  // room yet (hidden) waits for room: a frame fitted to 0 × 0 is the whole world.
  useEffect(() => {
    if (!map || !story || opened.current) return undefined;
    const open = () => {
      if (!hasRoom(map)) return false;
      // A view from the link is kept; a selected event from the link is flown to by map-sync.
      if (!initialCamera && !store.getState().selectedId) fitStory(map, story, store);
      opened.current = true;
      return true;
    };
    if (open()) return undefined;
    const onRoom = () => {
      if (open()) map.off('resize', onRoom);
    };
    map.on('resize', onRoom);
    return () => {
      map.off('resize', onRoom);
    };
  }, [map, story, store, initialCamera]);

  // A small story's layers follow the window by feature state; a large story of points keeps
  // it out of the style, as its marks filter on the GPU.
  const windowSync = useMemo(() => (story ? windowSyncOf(story) : 'none'), [story]);
  useEffect(
    () => (map && story ? syncMapWithStore(map, store, { windowSync }) : undefined),
    [map, story, store, windowSync],
  );

  // A frame that changes only the story's marks (a scrub step, a hover) draws the basemap and
  // its labels from copies of the frame before's, for a small story's layers as for a large
  // story's GPU marks.
  useEffect(() => (map ? keepBasemapSnapshot(map) : undefined), [map]);

  // A large story's GPU marks go in under the basemap's labels, so they wait until the basemap
  // has replaced the waiting style: the style changes after the render that brings the story,
  // and a layer added in that render would name a label layer not yet there.
  const [basemapIn, setBasemapIn] = useState(false);
  useEffect(() => {
    if (!map) return undefined;
    const check = () => setBasemapIn(map.getLayer(FIRST_LABEL_LAYER_ID) !== undefined);
    check();
    map.on('styledata', check);
    return () => {
      map.off('styledata', check);
    };
  }, [map]);

  // A restored WebGL context comes back without the buffers and textures the old one held
  // (MapLibre redraws the fills, but the event marks, lines and labels stay gone), so the map is
  // built afresh at the same view; map-sync puts the window, selection and hover back on it.
  useEffect(() => {
    if (!map) return undefined;
    const onRestored = () => {
      const center = map.getCenter();
      setInitialView({ longitude: center.lng, latitude: center.lat, zoom: map.getZoom() });
      setMap(undefined);
      setReady(false);
      setGeneration((value) => value + 1);
    };
    map.on('webglcontextrestored', onRestored);
    return () => {
      map.off('webglcontextrestored', onRestored);
    };
  }, [map]);

  // Ready once the first frame with the story's layers has been drawn: the browser tests and
  // the benchmark wait for this.
  useEffect(() => {
    if (!map || !story || ready) return undefined;
    const onIdle = () => {
      // A large story's clusters are built in slices after the first frames: ready once drawn.
      if (!eventSourcesLoaded(map) || marksRef.current?.building) return;
      performance.mark(MAP_READY_MARK);
      setReady(true);
    };
    map.on('idle', onIdle);
    map.triggerRepaint();
    return () => {
      map.off('idle', onIdle);
    };
  }, [map, story, ready]);

  useEffect(() => {
    if (ready || noWebgl) onDrawn?.();
  }, [ready, noWebgl, onDrawn]);

  useEffect(() => {
    let live = true;
    void basemapPlaces(geoBaseUrl, carried).then((places) => {
      if (live) setGazetteer(places);
    });
    return () => {
      live = false;
    };
  }, [geoBaseUrl, carried]);

  const onLoad = useCallback((event: MapEvent) => {
    const loaded = event.target;
    // North stays up: the story's geography reads more easily that way.
    loaded.keyboard.disableRotation();
    loaded.touchZoomRotate.disableRotation();
    setMap(loaded);
    // The edge buttons wait for the first rest at the opening camera, in a box with room.
    const settled = () => {
      if (!opened.current || !hasRoom(loaded)) return;
      loaded.off('idle', settled);
      setView(viewOf(loaded));
    };
    loaded.on('idle', settled);
    if (hasRoom(loaded)) setSize(sizeOf(loaded.getContainer()));
  }, []);

  const onMoveEnd = useCallback(
    (event: ViewStateChangeEvent) => {
      // Before the opening camera is set, the camera is the placeholder world, not the story's:
      // in the store it would read as a camera already chosen, and map-sync would not frame the
      // selected event (a presentation shown between the map's load and the sync's start opened
      // on the world). Buttons placed for it would jump across the map (a layout shift of 0.037
      // in a 600×400 embed).
      if (!opened.current) return;
      const { longitude, latitude, zoom } = event.viewState;
      store.getState().setCamera({ lon: longitude, lat: latitude, zoom }, 'map');
      if (hasRoom(event.target)) setView(viewOf(event.target));
    },
    [store],
  );

  const onResize = useCallback(
    (event: MapEvent) => {
      if (!hasRoom(event.target)) return;
      if (opened.current) setView(viewOf(event.target));
      setSize(sizeOf(event.target.getContainer()));
      keepSelectionInView(event.target, store.getState());
    },
    [store],
  );

  // While an edit tool draws, a click is the tool's (a vertex or the place), not a selection, and
  // nothing under the pointer is highlighted as if a click would take it.
  const drawing = useRef(false);
  const [toolActive, setToolActive] = useState(false);
  const onDrawing = useCallback(
    (now: boolean) => {
      drawing.current = now;
      setToolActive(now);
      if (!now) return;
      store.getState().hover(undefined);
      setHovered(undefined);
    },
    [store],
  );
  const editing = useDateline((state) => state.editing);
  // While an event is edited on a phone's short map its radius handle fell on an edge button
  // (WCAG 2.2 target size), so there they step aside; a wide map keeps them, clear of the editing
  // tools in its top-left corner (a Moscow button lay over them, caught by axe in CI at 1920 px).
  const editingOne = useDateline((state) => state.editing && state.selectedId !== undefined);
  const selectedId = useDateline((state) => state.selectedId);
  // Once the editing tools are on the map (a frame after they mount), the event being edited is
  // moved out from under them if the camera left it there.
  useEffect(() => {
    if (!map || !editing || selectedId === undefined) return;
    const frame = requestAnimationFrame(() => keepSelectionClearOfTools(map, store.getState()));
    return () => cancelAnimationFrame(frame);
  }, [map, editing, selectedId, store]);

  const onMouseMove = useCallback(
    (event: MapLayerMouseEvent) => {
      if (drawing.current) return;
      const target = hoverTargetOf(event) ?? gpuTarget(event);
      store.getState().hover(target?.id);
      setHovered((current) => (current?.id === target?.id ? current : target));
    },
    [store, gpuTarget],
  );

  // A WebGL canvas prints blank: just before a print the map is drawn at once and copied into
  // an image, which only print styles show.
  useEffect(() => {
    if (!map) return undefined;
    const onBeforePrint = () => {
      map.redraw();
      const image = map.getCanvas().toDataURL('image/png');
      flushSync(() => setPrintImage(image));
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, [map]);

  // A browser without WebGL2 fails while the map is built: show the still map instead. Other
  // errors are logged, as react-map-gl does when no handler is given.
  const onError = useCallback((event: ErrorEvent) => {
    if (event.target === null && /webgl/i.test(event.error.message)) setNoWebgl(true);
    else console.error(event.error);
  }, []);

  const onMouseLeave = useCallback(() => {
    store.getState().hover(undefined);
    setHovered(undefined);
  }, [store]);

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      if (drawing.current) return;
      const id = pickEventId(event) ?? gpuTarget(event)?.id;
      // Off every single mark, a cluster of GPU marks opens: the map zooms in on it by two levels.
      const marks = marksRef.current;
      const zoom = marks ? event.target.getZoom() : 0;
      const cluster = id === undefined && marks && clusterAt(marks, { lngLat: event.lngLat, zoom });
      if (cluster) {
        const [lon, lat] = cluster.position;
        store.getState().setCamera({ lon, lat, zoom: Math.min(zoom + 2, 10) }, 'request');
        return;
      }
      // A click beside every mark leaves the selection alone: a missed tap should not close the details.
      if (id !== undefined) store.getState().select(id, 'map');
    },
    [store, gpuTarget],
  );

  const showGroup = useCallback(
    (group: OffscreenGroup) => {
      const element = containerRef.current;
      // Frame the group's places with their areas of doubt: for an event known only as a
      // region, its marker alone would zoom to the empty middle of that region.
      const { story: shown } = store.getState();
      const index = shown ? eventIndex(shown) : undefined;
      const events = group.ids.flatMap((id) => index?.get(id) ?? []);
      const camera = cameraForBounds(eventsBounds(events) ?? group.bounds, {
        width: element?.clientWidth ?? 0,
        height: element?.clientHeight ?? 0,
        padding: 64,
        maxZoom: 6,
      });
      store.getState().setCamera(camera, 'request');
    },
    [store],
  );

  return (
    <div
      ref={containerRef}
      className="map-view"
      role="region"
      aria-label={m.region}
      aria-describedby={hintId}
      data-map-ready={ready ? 'true' : undefined}
      data-size={size}
    >
      <p id={hintId} className="visually-hidden">
        {keyboard ? m.keyboardHint : m.pointerHint}
      </p>
      {noWebgl ? (
        <StaticMap />
      ) : (
        <Map
          key={generation}
          mapLib={markerImagesMapLib}
          mapStyle={mapStyle}
          initialViewState={initialView}
          workerUrl={workerUrl}
          attributionControl={false}
          // Labels show at once where they are placed: a 300 ms fade is 3 to 5 more full frames
          // after every load, move and time step, each ~100 ms in software GL (bench:frame).
          fadeDuration={0}
          locale={m.maplibre}
          keyboard={keyboard}
          dragRotate={false}
          pitchWithRotate={false}
          touchPitch={false}
          cooperativeGestures={cooperativeGestures}
          minZoom={MAP_MIN_ZOOM}
          maxZoom={10}
          interactiveLayerIds={[...INTERACTIVE_LAYER_IDS]}
          cursor={hovered ? 'pointer' : undefined}
          onLoad={onLoad}
          onMoveEnd={onMoveEnd}
          onResize={onResize}
          onMouseMove={onMouseMove}
          onMouseLeave={onMouseLeave}
          onClick={onClick}
          onError={onError}
          style={{ width: '100%', height: '100%' }}
        >
          {map && story && basemapIn && drawsOnGpu(story) && (
            <TimeMarksLayers story={story} theme={theme} onMarks={onMarks} />
          )}
          {hovered && <EventTooltip target={hovered} />}
          {editing && map && <MapEditTools onDrawing={onDrawing} />}
          <NavigationControl position="top-right" showCompass={false} />
          {download && map && story && <DownloadPngButton />}
          <ScaleControl position="bottom-left" unit="metric" />
          <AttributionControl position="bottom-right" compact customAttribution={MAP_ATTRIBUTION} />
        </Map>
      )}
      {/* Its buttons lie over the map, where a click must reach the tool. */}
      {!noWebgl && !toolActive && !(editingOne && size !== 'wide') && (
        <OffscreenMarkers
          view={view}
          gazetteer={gazetteer}
          size={size}
          besideTools={editing}
          onShow={showGroup}
        />
      )}
      {legend && <Legend />}
      {printImage !== undefined && (
        <img className="map-view__print" src={printImage} alt={printedMap} />
      )}
    </div>
  );
}
