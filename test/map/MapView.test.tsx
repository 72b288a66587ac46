import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_LABEL_LAYER_ID } from '../../src/map/basemap-style';
import { MapView } from '../../src/map/MapView';
import type { DatelineStore } from '../../src/state/store';
import { renderWithStore } from '../fixtures/render-with-store';
import { createDatelineStore } from '../../src/state/store';
import { parseStory } from '../../src/story/parse-story';
import { mapStore, mapStoryData } from './map-story';
import { storyWithManyEvents } from '../fixtures/many-events';

/** What the map shows in these tests: Tajikistan and Afghanistan, so Moscow is off screen. */
const VIEW = { west: 59.5, south: 29, east: 76, north: 42 };

type Listener = () => void;

/** Stands in for MapLibre's Map: no WebGL in jsdom. */
function fakeMap() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    on: (type: string, listener: Listener) => {
      const set = listeners.get(type) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(type, set);
    },
    off: (type: string, listener: Listener) => listeners.get(type)?.delete(listener),
    once(type: string, listener: Listener) {
      const once = () => {
        listeners.get(type)?.delete(once);
        listener();
      };
      this.on(type, once);
    },
    _fadeDuration: 0,
    fire: (type: string) => listeners.get(type)?.forEach((listener) => listener()),
    setMissingStyleImageResolver: () => {},
    keyboard: { disableRotation: () => {} },
    touchZoomRotate: { disableRotation: () => {} },
    getBounds: () => ({
      getWest: () => VIEW.west,
      getSouth: () => VIEW.south,
      getEast: () => VIEW.east,
      getNorth: () => VIEW.north,
    }),
    getContainer: () => ({ clientWidth: 800, clientHeight: 600 }),
    getSource: () => ({}),
    getLayer: () => ({}),
    isSourceLoaded: () => true,
    queryRenderedFeatures: () => [],
    setGlobalStateProperty: vi.fn(),
    setFeatureState: vi.fn(),
    fitBounds: vi.fn(),
    flyTo: vi.fn(),
    jumpTo: vi.fn(),
    triggerRepaint: () => {},
  };
}

interface MockMapProps {
  mapStyle?: {
    layers: { id: string }[];
    sources: Record<string, { data?: { features: { properties: { id: string } }[] } }>;
  };
  fadeDuration?: number;
  onLoad?: (event: { target: unknown }) => void;
  onMoveEnd?: (event: unknown) => void;
  onMouseMove?: (event: unknown) => void;
  onClick?: (event: unknown) => void;
  children?: ReactNode;
}

const mock = vi.hoisted(() => {
  const state: {
    map: unknown;
    props: MockMapProps | undefined;
    /** What MapLibre does between its load and React's next render, if anything. */
    afterLoad: ((props: MockMapProps) => void) | undefined;
  } = { map: undefined, props: undefined, afterLoad: undefined };
  return state;
});

vi.mock('react-map-gl/maplibre', () => ({
  Map: (props: MockMapProps) => {
    mock.props = props;
    useEffect(() => {
      props.onLoad?.({ target: mock.map });
      mock.afterLoad?.(props);
      // Loaded once, as MapLibre does.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, []);
    return <div data-testid="maplibre">{props.children}</div>;
  },
  Source: () => null,
  Layer: () => null,
  NavigationControl: () => null,
  ScaleControl: () => null,
  AttributionControl: () => null,
  Popup: ({ children }: { children?: ReactNode }) => <div role="tooltip">{children}</div>,
  // Custom controls (the PNG download) render into a box MapLibre would place: here, nowhere.
  useControl: (create: () => unknown) => useState(create)[0],
  useMap: () => ({ current: undefined }),
}));

let map: ReturnType<typeof fakeMap>;
beforeEach(() => {
  map = fakeMap();
  mock.map = map;
  mock.afterLoad = undefined;
});
afterEach(() => {
  performance.clearMarks();
});

function renderMap(store: DatelineStore = mapStore()) {
  renderWithStore(<MapView />, store);
  return store;
}

/** The map rendered and come to rest after its first camera move (edge buttons wait for it). */
function renderSettledMap(store: DatelineStore = mapStore()) {
  renderMap(store);
  act(() => map.fire('idle'));
  return store;
}

function markerEvent(id: string) {
  return {
    features: [
      {
        layer: { id: 'dateline-markers' },
        properties: { id },
        geometry: { type: 'Point', coordinates: [68.78, 38.56] },
      },
    ],
    lngLat: { lng: 68.78, lat: 38.56 },
    point: { x: 10, y: 10 },
    target: map,
  };
}

describe('MapView', () => {
  it('is a region named "Map of events" that points to the Events list', () => {
    renderMap();
    const region = screen.getByRole('region', { name: 'Map of events' });
    expect(region).toHaveAccessibleDescription(expect.stringContaining('Events list'));
  });

  it('reports ready once the story’s layers have been drawn', () => {
    renderMap();
    const region = screen.getByRole('region', { name: 'Map of events' });
    expect(region).not.toHaveAttribute('data-map-ready');
    act(() => map.fire('idle'));
    expect(region).toHaveAttribute('data-map-ready', 'true');
    expect(performance.getEntriesByName('dateline:map-ready')).toHaveLength(1);
  });

  it('frames the selected event even when the map reports its placeholder world camera before the story opens on it', () => {
    // A presentation's map shown between its load and the sync's start: MapLibre's resize ends
    // a move at the world view it was built with.
    mock.afterLoad = (props) =>
      props.onMoveEnd?.({ viewState: { longitude: 20, latitude: 25, zoom: 1.5 }, target: map });
    const store = mapStore();
    store.getState().select('statement', 'step');
    renderMap(store);
    expect(store.getState().camera).toBeUndefined();
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
    const [bounds] = map.fitBounds.mock.calls[0] ?? [];
    expect(bounds).toEqual([
      [68.78, 38.56],
      [68.78, 38.56],
    ]);
  });

  it('places no edge buttons until the map has come to rest at the story’s view', () => {
    renderMap();
    expect(screen.queryByRole('button', { name: /^Moscow/ })).not.toBeInTheDocument();
    act(() => map.fire('idle'));
    expect(screen.getByRole('button', { name: /^Moscow/ })).toBeInTheDocument();
  });

  it('offers a button on the edge for the events off screen in Moscow', () => {
    renderSettledMap();
    expect(
      screen.getByRole('button', { name: 'Moscow: 2 events, off the map to the northwest' }),
    ).toBeInTheDocument();
  });

  it('counts only the off-screen events in the time window', () => {
    const store = renderSettledMap();
    act(() =>
      store.getState().setWindow({ from: Date.UTC(2021, 9, 18), to: Date.UTC(2021, 9, 22) }),
    );
    expect(screen.getByRole('button', { name: /^Moscow: 1 event,/ })).toBeInTheDocument();
  });

  it('asks the store for a camera over Moscow when the edge button is pressed', async () => {
    const store = renderSettledMap();
    await userEvent.click(screen.getByRole('button', { name: /^Moscow/ }));
    const { camera, cameraOrigin } = store.getState();
    expect(cameraOrigin).toBe('request');
    expect(camera?.lon).toBeCloseTo(37.62, 1);
    expect(camera?.lat).toBeCloseTo(55.76, 1);
  });

  it('frames the whole area of an off-screen event known only roughly, not its middle', async () => {
    const data = mapStoryData();
    const regional = data.events.map((event) =>
      event.place.name === 'Moscow'
        ? { ...event, place: { ...event.place, uncertaintyKm: 1200 } }
        : event,
    );
    const store = createDatelineStore({});
    store.getState().storyLoaded(parseStory({ ...data, events: regional }));
    renderSettledMap(store);
    await userEvent.click(screen.getByRole('button', { name: /^Moscow/ }));
    // 2,400 km across in an 800 × 600 map needs about zoom 2; the marker alone would reach 6.
    expect(store.getState().camera?.zoom).toBeLessThan(3.5);
  });

  it('shows and hides the legend', async () => {
    renderMap();
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Kinds of event' })).not.toBeInTheDocument();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const kinds = screen.getByRole('list', { name: 'Kinds of event' });
    expect(
      within(kinds)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Military exercise',
      'Military presence',
      'Conflict',
      'Diplomacy',
      'Statement',
      'Policy',
    ]);
    await userEvent.click(toggle);
    expect(screen.queryByRole('list', { name: 'Kinds of event' })).not.toBeInTheDocument();
  });

  it('shows the title and date of the event under the pointer, and shares the hover', () => {
    const store = renderMap();
    act(() => mock.props?.onMouseMove?.(markerEvent('statement')));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Event statement18 October 2021');
    expect(store.getState().hoveredId).toBe('statement');
  });

  it('selects the event clicked on the map, saying the map did it', () => {
    const store = renderMap();
    act(() => mock.props?.onClick?.(markerEvent('exercise')));
    expect(store.getState().selectedId).toBe('exercise');
    expect(store.getState().selectionOrigin).toBe('map');
  });

  it('keeps the selection when a click misses every mark', () => {
    const store = renderMap();
    act(() => store.getState().select('exercise', 'list'));
    act(() => mock.props?.onClick?.({ ...markerEvent('x'), features: [] }));
    expect(store.getState().selectedId).toBe('exercise');
  });

  it('writes a time-window step into the feature state of a small story’s events, not the style', () => {
    const store = renderMap();
    map.setGlobalStateProperty.mockClear();
    map.setFeatureState.mockClear();
    const march18 = Date.UTC(2021, 2, 18);
    act(() => store.getState().setWindow({ from: march18, to: march18 + 86_400_000 }));
    const source = 'dateline-event-markers';
    expect(map.setFeatureState).toHaveBeenCalledWith({ source, id: 'exercise' }, { shown: false });
    expect(map.setFeatureState).not.toHaveBeenCalledWith(
      { source, id: 'conference' },
      { shown: false },
    );
    expect(map.setGlobalStateProperty).not.toHaveBeenCalled();
  });

  it('leaves the style alone on a step of a large story whose marks are filtered on the GPU', () => {
    const store = createDatelineStore();
    store.getState().storyLoaded({ ok: true, story: storyWithManyEvents(1_500), problems: [] });
    renderMap(store);
    map.setGlobalStateProperty.mockClear();
    const { from, to } = store.getState().window;
    act(() => store.getState().setWindow({ from, to: to - 86_400_000 }));
    expect(map.setGlobalStateProperty).not.toHaveBeenCalled();
  });

  it('draws only the sea while its story is loading, then the basemap around the story', () => {
    const store = createDatelineStore({});
    renderMap(store);
    const layerIds = () => mock.props?.mapStyle?.layers.map((layer) => layer.id);
    expect(layerIds()).toEqual(['basemap-background']);
    act(() => store.getState().storyLoaded(parseStory(mapStoryData())));
    expect(layerIds()).toContain('basemap-land');
  });

  it('brings the story’s sources and layers in the same style as the basemap, under its labels', () => {
    const store = createDatelineStore({});
    renderMap(store);
    act(() => store.getState().storyLoaded(parseStory(mapStoryData())));
    const style = mock.props?.mapStyle;
    const ids = style?.layers.map((layer) => layer.id) ?? [];
    expect(Object.keys(style?.sources ?? {})).toEqual(
      expect.arrayContaining(['dateline-event-markers', 'dateline-event-areas']),
    );
    expect(ids.indexOf('dateline-markers')).toBeGreaterThan(ids.indexOf('basemap-land'));
    expect(ids.indexOf('dateline-markers')).toBeLessThan(ids.indexOf(FIRST_LABEL_LAYER_ID));
    expect(ids.at(-1)).toBe('dateline-selected-marker');
  });

  it('carries a changed story’s events into the style’s data', () => {
    const store = renderMap();
    const markerIds = () =>
      mock.props?.mapStyle?.sources['dateline-event-markers']?.data?.features.map(
        (feature) => feature.properties.id,
      );
    expect(markerIds()).toContain('exercise');
    const data = mapStoryData();
    act(() =>
      store
        .getState()
        .storyLoaded(
          parseStory({ ...data, events: data.events.filter((event) => event.id !== 'exercise') }),
        ),
    );
    expect(markerIds()).not.toContain('exercise');
  });

  it('keeps the world basemap under a story that failed to load', () => {
    const store = createDatelineStore({});
    store.getState().storyLoaded(parseStory({ title: 'No events' }));
    renderMap(store);
    expect(store.getState().status).toBe('failed');
    expect(mock.props?.mapStyle?.layers.map((layer) => layer.id)).toContain('basemap-land');
  });

  it('shows labels without fading them in, which would draw several more frames', () => {
    renderMap();
    expect(mock.props?.fadeDuration).toBe(0);
  });
});
