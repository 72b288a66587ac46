import { afterEach, describe, expect, it } from 'vitest';
import {
  framePadding,
  keepSelectionClearOfTools,
  syncMapWithStore,
  type SyncedMap,
  type SyncOptions,
} from '../../src/map/map-sync';
import type { RepaintableMap } from '../../src/map/frame-copies/marks-repaint';
import { MARKS_FRAME_FADE_MS, marksFrameAsked } from '../../src/map/frame-copies/marks-repaint';
import { markScrubStart, measureScrub, SCRUB_MEASURE } from '../../src/time/scrub-timing';
import type { DatelineStore } from '../../src/state/store';
import { mapStore } from './map-story';

/** Records what the sync asks of the map. */
class FakeMap implements SyncedMap, RepaintableMap {
  globalState: Record<string, unknown> = {};
  featureState = new Map<string, Record<string, boolean>>();
  fits: { bounds: [[number, number], [number, number]]; duration: number }[] = [];
  flights: { center: [number, number]; zoom: number }[] = [];
  renderListeners = new Set<() => void>();
  tilesLoaded = true;

  setGlobalStateProperty(name: string, value: unknown) {
    this.globalState[name] = value;
  }
  setFeatureState(feature: { source: string; id: string }, state: Record<string, boolean>) {
    const key = `${feature.source}/${feature.id}`;
    this.featureState.set(key, { ...this.featureState.get(key), ...state });
  }
  fitBounds(bounds: [[number, number], [number, number]], options: { duration: number }) {
    this.fits.push({ bounds, duration: options.duration });
  }
  flyTo(options: { center: [number, number]; zoom: number }) {
    this.flights.push({ center: options.center, zoom: options.zoom });
  }
  getContainer() {
    return { clientWidth: this.size[0], clientHeight: this.size[1] };
  }
  /** The box's size: 0 × 0 while hidden (the app's first render beside the prerendered view). */
  size: [number, number] = [800, 600];
  resizeListeners = new Set<() => void>();
  resize(width: number, height: number) {
    this.size = [width, height];
    for (const listener of [...this.resizeListeners]) listener();
  }
  getSource() {
    return {};
  }
  isSourceLoaded() {
    return this.tilesLoaded;
  }
  on(type: 'render' | 'resize', listener: () => void) {
    (type === 'render' ? this.renderListeners : this.resizeListeners).add(listener);
  }
  off(type: 'render' | 'resize', listener: () => void) {
    (type === 'render' ? this.renderListeners : this.resizeListeners).delete(listener);
  }
  repaints = 0;
  triggerRepaint() {
    this.repaints += 1;
  }
  /** The labels' fade, read by a frame (MapLibre's is 0 on this app's map). */
  _fadeDuration = 0;
  once(_type: 'render', listener: () => void) {
    const once = () => {
      this.renderListeners.delete(once);
      listener();
    };
    this.renderListeners.add(once);
  }
  render() {
    for (const listener of [...this.renderListeners]) listener();
  }
  stateOf(id: string) {
    return this.featureState.get(`dateline-event-markers/${id}`);
  }
}

const OCT_18 = Date.UTC(2021, 9, 18);
const OCT_21 = Date.UTC(2021, 9, 21);

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  measureScrub();
  performance.clearMarks();
  performance.clearMeasures();
});

function start(store: DatelineStore = mapStore(), options: SyncOptions = {}) {
  const map = new FakeMap();
  stop = syncMapWithStore(map, store, options);
  return { map, store };
}

describe('syncMapWithStore: the time window', () => {
  it('sets the window into global state at once', () => {
    const { map, store } = start();
    expect(map.globalState).toMatchObject({
      from: store.getState().window.from,
      to: store.getState().window.to,
    });
  });

  it('moves the window by changing global state only', () => {
    const { map, store } = start();
    store.getState().setWindow({ from: OCT_18, to: OCT_21 });
    expect(map.globalState).toMatchObject({ from: OCT_18, to: OCT_21 });
  });

  it('measures a scrub at the first frame drawn with the new tiles', () => {
    const { map, store } = start();
    markScrubStart();
    store.getState().setWindow({ from: OCT_18, to: OCT_21 });
    map.tilesLoaded = false;
    map.render();
    expect(performance.getEntriesByName(SCRUB_MEASURE)).toHaveLength(0);
    map.tilesLoaded = true;
    map.render();
    expect(performance.getEntriesByName(SCRUB_MEASURE)).toHaveLength(1);
    expect(map.renderListeners.size).toBe(0);
  });

  it('measures a scrub that waited for a busy map only once its window is drawn', () => {
    const { map, store } = start();
    markScrubStart();
    map.tilesLoaded = false;
    store.getState().setWindow({ from: OCT_18, to: OCT_21 });
    map.tilesLoaded = true;
    map.render();
    expect(performance.getEntriesByName(SCRUB_MEASURE)).toHaveLength(0);
    map.render();
    expect(performance.getEntriesByName(SCRUB_MEASURE)).toHaveLength(1);
  });

  it('waits for no frame when the window moved without a scrub', () => {
    const { map, store } = start();
    store.getState().setWindow({ from: OCT_18, to: OCT_21 });
    expect(map.renderListeners.size).toBe(0);
  });
});

describe('syncMapWithStore: a window no layer reads (marks filtered on the GPU)', () => {
  const gpu: SyncOptions = { windowSync: 'none' };

  it('leaves the window out of global state, so a step reloads no source', () => {
    const { map, store } = start(mapStore(), gpu);
    store.getState().setWindow({ from: OCT_18, to: OCT_21 });
    expect(map.globalState).not.toHaveProperty('from');
    expect(map.globalState).not.toHaveProperty('to');
  });

  it('asks for one repaint per scrub step and measures it at the first frame', () => {
    const { map, store } = start(mapStore(), gpu);
    markScrubStart();
    store.getState().setWindow({ from: OCT_18, to: OCT_21 });
    expect(map.repaints).toBe(1);
    map.render();
    expect(performance.getEntriesByName(SCRUB_MEASURE)).toHaveLength(1);
    expect(map.renderListeners.size).toBe(0);
  });

  it('still carries the selection into global state', () => {
    const { map, store } = start(mapStore(), gpu);
    store.getState().select('talks', 'map');
    expect(map.globalState.selectedId).toBe('talks');
  });
});

describe('syncMapWithStore: a window followed by feature state (a small story)', () => {
  const byState: SyncOptions = { windowSync: 'state' };
  const MAR_1 = Date.UTC(2021, 2, 1);
  const APR_1 = Date.UTC(2021, 3, 1);
  const shownOf = (map: FakeMap, id: string, source = 'dateline-event-markers') =>
    map.featureState.get(`${source}/${id}`)?.shown;

  it('marks every placed event shown or not at once, in every source', () => {
    const store = mapStore();
    store.getState().setWindow({ from: OCT_18, to: OCT_21 });
    const { map } = start(store, byState);
    for (const id of ['exercise', 'statement', 'talks']) expect(shownOf(map, id), id).toBe(true);
    for (const id of ['buildup', 'advance', 'conference']) expect(shownOf(map, id), id).toBe(false);
    expect(shownOf(map, 'advance', 'dateline-event-areas')).toBe(false);
    expect(shownOf(map, 'buildup', 'dateline-event-lines')).toBe(false);
  });

  it('changes the state of only the events that enter or leave the window, and no global state', () => {
    const store = mapStore();
    store.getState().setWindow({ from: OCT_18, to: OCT_21 });
    const { map } = start(store, byState);
    const writes: string[] = [];
    const setFeatureState = map.setFeatureState.bind(map);
    map.setFeatureState = (feature, state) => {
      writes.push(feature.id);
      setFeatureState(feature, state);
    };
    store.getState().setWindow({ from: MAR_1, to: APR_1 });
    expect(shownOf(map, 'conference')).toBe(true);
    for (const id of ['exercise', 'statement', 'talks']) expect(shownOf(map, id), id).toBe(false);
    // Three sources each for the four events whose state changed; none for the other two.
    expect(new Set(writes)).toEqual(new Set(['conference', 'exercise', 'statement', 'talks']));
    expect(writes).toHaveLength(12);
    expect(map.globalState).not.toHaveProperty('from');
    expect(map.globalState).not.toHaveProperty('to');
  });

  it('asks for a frame of the marks alone when a step shows or hides events, and for none when it changes nothing', () => {
    const store = mapStore();
    store.getState().setWindow({ from: OCT_18, to: OCT_21 });
    const { map } = start(store, byState);
    expect(marksFrameAsked(map)).toBe(false);
    store.getState().setWindow({ from: MAR_1, to: APR_1 });
    // That frame may draw the basemap and labels from copies, and places no label afresh.
    expect(marksFrameAsked(map)).toBe(true);
    expect(map._fadeDuration).toBe(MARKS_FRAME_FADE_MS);
    map.render();
    expect(marksFrameAsked(map)).toBe(false);
    expect(map._fadeDuration).toBe(0);
    // A window a little wider shows the same events: nothing to draw.
    const repaints = map.repaints;
    store.getState().setWindow({ from: MAR_1 - 86_400_000, to: APR_1 });
    expect(marksFrameAsked(map)).toBe(false);
    expect(map.repaints).toBe(repaints);
  });

  it('measures a step at the next frame, which rewrites the state without new tiles', () => {
    const { map, store } = start(mapStore(), byState);
    markScrubStart();
    store.getState().setWindow({ from: OCT_18, to: OCT_21 });
    expect(performance.getEntriesByName(SCRUB_MEASURE)).toHaveLength(0);
    map.render();
    expect(performance.getEntriesByName(SCRUB_MEASURE)).toHaveLength(1);
    expect(map.renderListeners.size).toBe(0);
  });
});

describe('syncMapWithStore: selection and hover', () => {
  it('flies to an event selected in the list', () => {
    const { map, store } = start();
    store.getState().select('talks', 'list');
    expect(map.fits).toHaveLength(1);
    const [[west, south], [east, north]] = map.fits[0]?.bounds ?? [
      [0, 0],
      [0, 0],
    ];
    expect(west).toBeLessThan(37.62);
    expect(east).toBeGreaterThan(37.62);
    expect(south).toBeLessThan(55.76);
    expect(north).toBeGreaterThan(55.76);
  });

  it('does not move the camera for an event clicked on the map', () => {
    const { map, store } = start();
    store.getState().select('talks', 'map');
    expect(map.fits).toHaveLength(0);
  });

  it('marks the selected event in feature state and in global state, and unmarks the last one', () => {
    const { map, store } = start();
    store.getState().select('talks', 'map');
    store.getState().select('exercise', 'map');
    expect(map.stateOf('talks')).toEqual({ selected: false });
    expect(map.stateOf('exercise')).toEqual({ selected: true });
    expect(map.globalState.selectedId).toBe('exercise');
  });

  it('clears the selected id in global state when nothing is selected', () => {
    const { map, store } = start();
    store.getState().select('talks', 'map');
    store.getState().select(undefined, 'map');
    expect(map.globalState.selectedId).toBe('');
  });

  it('marks the hovered event in feature state', () => {
    const { map, store } = start();
    store.getState().hover('statement');
    expect(map.stateOf('statement')).toEqual({ hovered: true });
    // A change only the story's layers show: its frame may draw the basemap from copies.
    expect(marksFrameAsked(map)).toBe(true);
    map.render();
    store.getState().hover(undefined);
    expect(map.stateOf('statement')).toEqual({ hovered: false });
  });
});

describe('syncMapWithStore: camera', () => {
  it('flies to a camera requested from outside the map', () => {
    const { map, store } = start();
    store.getState().setCamera({ lon: 37.6, lat: 55.7, zoom: 6 }, 'request');
    expect(map.flights).toEqual([{ center: [37.6, 55.7], zoom: 6 }]);
  });

  it('does not move the camera for a move the map itself reported', () => {
    const { map, store } = start();
    store.getState().setCamera({ lon: 37.6, lat: 55.7, zoom: 6 }, 'map');
    expect(map.flights).toEqual([]);
  });

  it('opens on the event a link names, without animation', () => {
    const { map } = start(mapStore({ event: 'talks' }));
    expect(map.fits).toHaveLength(1);
    expect(map.fits[0]?.duration).toBe(0);
  });

  it('frames an event selected while the map is hidden once it has room, at once', () => {
    // A presentation's first step is taken while the app renders hidden beside the prerendered
    // view: framed in the 0 × 0 box, MapLibre fitted it to 400 × 300 px instead.
    const map = new FakeMap();
    map.size = [0, 0];
    const store = mapStore();
    stop = syncMapWithStore(map, store);
    store.getState().select('talks', 'step');
    expect(map.fits).toHaveLength(0);
    map.resize(0, 0);
    expect(map.fits).toHaveLength(0);
    map.resize(1037, 1080);
    expect(map.fits).toEqual([{ bounds: expect.any(Array), duration: 0 }]);
    map.resize(900, 1080);
    expect(map.fits).toHaveLength(1);
    expect(map.resizeListeners.size).toBe(0);
  });

  it('opens on the event a link names once a hidden map has room', () => {
    const map = new FakeMap();
    map.size = [0, 0];
    stop = syncMapWithStore(map, mapStore({ event: 'talks' }));
    expect(map.fits).toHaveLength(0);
    map.resize(600, 400);
    expect(map.fits[0]?.duration).toBe(0);
  });

  it('frames the latest selection, not each one made while hidden', () => {
    const map = new FakeMap();
    map.size = [0, 0];
    const store = mapStore();
    stop = syncMapWithStore(map, store);
    store.getState().select('talks', 'step');
    store.getState().select('exercise', 'step');
    map.resize(800, 600);
    expect(map.fits).toHaveLength(1);
    const [[west], [east]] = map.fits[0]?.bounds ?? [[0], [0]];
    expect(west).toBeLessThan(68.6);
    expect(east).toBeGreaterThan(68.6);
  });

  it('keeps the view a link names even when it also names an event', () => {
    const { map } = start(mapStore({ event: 'talks', view: { lon: 68, lat: 38, zoom: 5 } }));
    expect(map.fits).toHaveLength(0);
  });

  it('stops following the store when stopped', () => {
    const { map, store } = start();
    stop?.();
    stop = undefined;
    store.getState().setWindow({ from: OCT_18, to: OCT_21 });
    expect(map.globalState.from).not.toBe(OCT_18);
  });
});

describe('syncMapWithStore: a busy map', () => {
  it('applies only the latest window once the map has drawn the previous one', () => {
    const { map, store } = start();
    map.tilesLoaded = false;
    store.getState().setWindow({ from: OCT_18, to: OCT_21 });
    store.getState().setWindow({ from: OCT_18, to: OCT_21 + 86_400_000 });
    expect(map.globalState.to).not.toBe(OCT_21 + 86_400_000);
    map.tilesLoaded = true;
    map.render();
    expect(map.globalState).toMatchObject({ from: OCT_18, to: OCT_21 + 86_400_000 });
  });
});

describe('the room kept around a framed event', () => {
  const phoneMap = (tools?: { bottom: number }) => ({
    getContainer: () => ({
      clientWidth: 360,
      clientHeight: 156,
      getBoundingClientRect: () => ({ top: 123 }),
      querySelector: (selectors: string) =>
        tools && selectors === '.map-edit-tools' ? { getBoundingClientRect: () => tools } : null,
    }),
  });

  it('is the same on every side of a map with nothing over its top', () => {
    expect(framePadding(phoneMap())).toEqual({ top: 23, bottom: 23, left: 23, right: 23 });
  });

  it('keeps the event below the editing tools laid over the map', () => {
    // The tools' row ends 46 px below the map's top edge (169 on the page, the map at 123).
    expect(framePadding(phoneMap({ bottom: 169 })).top).toBe(46 + 23);
  });

  it('never asks for more than half the map', () => {
    expect(framePadding(phoneMap({ bottom: 123 + 150 })).top).toBe(78);
  });
});

describe('keepSelectionClearOfTools', () => {
  /** A phone's short map with the editing tools' row over its top 46 px. */
  class PhoneMap extends FakeMap {
    constructor(private readonly markY: number) {
      super();
    }
    override getContainer() {
      return {
        clientWidth: 360,
        clientHeight: 156,
        getBoundingClientRect: () => ({ top: 0 }),
        querySelector: () => ({ getBoundingClientRect: () => ({ bottom: 46 }) }),
      };
    }
    project() {
      return { y: this.markY };
    }
  }

  function selected() {
    const store = mapStore();
    store.getState().select('talks', 'map');
    return store.getState();
  }

  it('frames the edited event again when its mark lies under the tools', () => {
    const map = new PhoneMap(17);
    keepSelectionClearOfTools(map, selected());
    expect(map.fits).toHaveLength(1);
    expect(map.fits[0]?.duration).toBe(0);
  });

  it('leaves the camera alone when the mark is clear of them', () => {
    const map = new PhoneMap(100);
    keepSelectionClearOfTools(map, selected());
    expect(map.fits).toEqual([]);
  });
});
