// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_LAYER_IDS,
  FIRST_LABEL_LAYER_ID,
  basemapStyle,
} from '../../../src/map/basemap-style';
import {
  frameMode,
  layerSpans,
  wrapPainter,
  type FrameStyle,
  type SnapshotPainter,
} from '../../../src/map/frame-copies/basemap-snapshot';
import { TIME_MARK_LAYER_IDS } from '../../../src/map/time-marks/time-marks-layer';

const B = BASEMAP_LAYER_IDS;
/** A GPU story's order: the basemap beneath the labels, the story's areas, its marks, labels. */
const ORDER = [
  B.background,
  B.land,
  B.borders,
  'event-areas',
  TIME_MARK_LAYER_IDS.below,
  FIRST_LABEL_LAYER_ID,
  B.cityLabels,
  TIME_MARK_LAYER_IDS.above,
];
const AREAS = ORDER.indexOf('event-areas');
const LABELS = ORDER.indexOf(FIRST_LABEL_LAYER_ID);
const ABOVE = ORDER.indexOf(TIME_MARK_LAYER_IDS.above);

/** MapLibre's painter in little: an opaque pass top-down, then a translucent pass bottom-up. */
function fakePainter(log: string[], hidden: (index: number) => boolean = () => false) {
  const painter: SnapshotPainter = {
    render(style) {
      const order = style._order;
      for (let at = order.length - 1; at >= 0; at -= 1) {
        if (hidden(at)) continue;
        this.renderLayer(this, undefined, order[at], [], {
          currentPass: 'opaque',
          currentLayer: at,
        });
      }
      for (let at = 0; at < order.length; at += 1) {
        if (hidden(at)) continue;
        this.renderLayer(this, undefined, order[at], [], {
          currentPass: 'translucent',
          currentLayer: at,
        });
      }
    },
    renderLayer(_painter, _tiles, layer, _coords, frame) {
      if (frame.currentPass === 'translucent') log.push(String(layer));
    },
    width: 800,
    height: 600,
    setBaseState() {},
    context: {
      setCustomLayerDefaults() {},
      setDirty() {},
      bindFramebuffer: { set() {} },
    },
  };
  return painter;
}

function fakeEvents() {
  const listeners = new Map<string, () => void>();
  return {
    repaints: 0,
    on(type: string, listener: () => void) {
      listeners.set(type, listener);
    },
    off(type: string) {
      listeners.delete(type);
    },
    fire(type: string) {
      listeners.get(type)?.();
    },
    triggerRepaint() {
      this.repaints += 1;
    },
    listening: () => listeners.size,
  };
}

/** Both copies, logging into one list what they are asked, with the layers drawn between. */
function fakeCopies(log: string[]) {
  const copy = (name: string) => ({
    take: () => {
      log.push(`${name} take`);
      return true;
    },
    target: () => {
      log.push(`${name} into`);
      return {};
    },
    draw: (over: boolean) => {
      log.push(`${name} ${over ? 'over' : 'draw'}`);
    },
    delete: () => {
      log.push(`${name} delete`);
    },
  });
  return { basemap: copy('basemap'), labels: copy('labels') };
}

const style = (options: { order?: string[]; transitions?: boolean; placement?: object } = {}) => ({
  _order: options.order ?? ORDER,
  hasTransitions: () => options.transitions ?? false,
  map: {},
  placement: options.placement ?? PLACED,
  pauseablePlacement: { isDone: () => true },
});
const PLACED = {};
const at = (x: number) => ({
  modelViewProjectionMatrix: Array.from({ length: 16 }, (_, i) => (i === 12 ? x : i % 5 ? 0 : 1)),
});
const settled = { isRenderingGlobe: false, symbolFadeChange: 1 };

/** A painter wrapped with fake copies, and one frame of it: what it drew and did, in order. */
function wrapped(hidden?: (index: number) => boolean) {
  const log: string[] = [];
  const events = fakeEvents();
  const copies = fakeCopies(log);
  const painter = fakePainter(log, hidden);
  // Whether the marks asked for the frame (a scrub step): unless told, they did.
  const marks = { asked: true };
  const drop = wrapPainter(events, painter, copies, () => marks.asked);
  const frame = (x = 0, frameStyle: FrameStyle = style(), data = settled) => {
    log.length = 0;
    painter.render(frameStyle, at(x), data);
    return [...log];
  };
  const resize = (width: number, height: number) => Object.assign(painter, { width, height });
  return { frame, events, drop, painter, log, marks, resize };
}

const BASEMAP = ORDER.slice(0, AREAS);
const STORY = ORDER.slice(AREAS, LABELS);
const LABEL_LAYERS = ORDER.slice(LABELS, ABOVE);
const TOP = ORDER.slice(ABOVE);
const whole = ORDER;
const takeBoth = [
  ...BASEMAP,
  'basemap take',
  ...STORY,
  'labels into',
  ...LABEL_LAYERS,
  'labels over',
  ...TOP,
];
const reuseBoth = ['basemap draw', ...STORY, 'labels over', ...TOP];

describe('the copies of the basemap and its labels', () => {
  it('split the layers: the basemap beneath the story, and its labels above it', () => {
    expect(layerSpans(ORDER)).toEqual({ story: AREAS, labelsFrom: LABELS, labelsTo: ABOVE });
    const basemapOnly = [B.background, B.land, FIRST_LABEL_LAYER_ID];
    expect(layerSpans(basemapOnly).story).toBe(-1);
    const noLabels = layerSpans([B.background, TIME_MARK_LAYER_IDS.below]);
    expect(noLabels.labelsFrom).toBe(noLabels.labelsTo);
  });

  it('are taken on a frame like the one before, and used on the next', () => {
    expect(frameMode(false, true)).toBe('full');
    expect(frameMode(false, false)).toBe('full');
    expect(frameMode(true, false)).toBe('capture');
    expect(frameMode(true, true)).toBe('reuse');
  });

  it('draw the basemap and labels from copies while camera, canvas, style, tiles and placement stay', () => {
    const { frame, events, resize } = wrapped();
    expect(frame()).toEqual(whole);
    expect(frame()).toEqual(takeBoth);
    expect(frame()).toEqual(reuseBoth);
    expect(frame()).toEqual(reuseBoth);
    // The camera moves: in full, then copies of the new view.
    expect(frame(1)).toEqual(whole);
    expect(frame(1)).toEqual(takeBoth);
    expect(frame(1)).toEqual(reuseBoth);
    // A tile, a style change or a paint transition: in full until a frame is like the one before.
    events.fire('sourcedata');
    expect(frame(1)).toEqual(whole);
    expect(frame(1)).toEqual(takeBoth);
    events.fire('styledata');
    expect(frame(1)).toEqual(whole);
    expect(frame(1, style({ transitions: true }))).toEqual(whole);
    expect(frame(1)).toEqual(takeBoth);
    // The pixel ratio alone changes the canvas's size, not the camera.
    resize(1600, 1200);
    expect(frame(1)).toEqual(whole);
    expect(frame(1)).toEqual(takeBoth);
    expect(frame(1)).toEqual(reuseBoth);
  });

  it('are taken only on frames the marks asked for, and used on any frame like the one before', () => {
    const { frame, marks } = wrapped();
    marks.asked = false;
    frame();
    expect(frame()).toEqual(whole);
    expect(frame()).toEqual(whole);
    marks.asked = true;
    expect(frame()).toEqual(takeBoth);
    marks.asked = false;
    expect(frame()).toEqual(reuseBoth);
  });

  it('draw the labels in full when they were placed again or are still fading in', () => {
    const { frame } = wrapped();
    frame();
    frame();
    expect(frame()).toEqual(reuseBoth);
    const again = {};
    const labelsDrawn = ['basemap draw', ...STORY, ...LABEL_LAYERS, ...TOP];
    expect(frame(0, style({ placement: again }))).toEqual(labelsDrawn);
    expect(frame(0, style({ placement: again }), { ...settled, symbolFadeChange: 0.5 })).toEqual(
      labelsDrawn,
    );
    expect(frame(0, style({ placement: again }))).toEqual([
      'basemap draw',
      ...STORY,
      'labels into',
      ...LABEL_LAYERS,
      'labels over',
      ...TOP,
    ]);
    expect(frame(0, style({ placement: again }))).toEqual(reuseBoth);
  });

  it('end the labels with the frame when nothing is drawn above them', () => {
    const { frame } = wrapped((index) => index >= ABOVE);
    frame();
    expect(frame()).toEqual(takeBoth.slice(0, -TOP.length));
    expect(frame()).toEqual(reuseBoth.slice(0, -TOP.length));
  });

  it('take no copy of a map without the story, and draw in full after a copy found no place', () => {
    const basemapOnly = style({ order: [B.background, B.land, FIRST_LABEL_LAYER_ID] });
    const plain = wrapped();
    for (let i = 0; i < 3; i += 1) {
      expect(plain.frame(0, basemapOnly)).toEqual([B.background, B.land, FIRST_LABEL_LAYER_ID]);
    }

    // Every layer past the basemap hidden: the basemap is skipped with no copy in its place, so
    // a repaint is asked for, and that frame is whole.
    let storyShown = true;
    const { frame, events } = wrapped((index) => !storyShown && index >= AREAS);
    frame();
    expect(frame()).toEqual(takeBoth);
    storyShown = false;
    expect(frame()).toEqual(['labels over']);
    expect(events.repaints).toBe(1);
    expect(frame()).toEqual(BASEMAP);
  });

  it('put the painter back and let their textures go', () => {
    const { painter, drop, events, log } = wrapped();
    const wrappedRender = painter.render;
    drop();
    expect(painter.render).not.toBe(wrappedRender);
    expect(events.listening()).toBe(0);
    expect(log).toEqual(['basemap delete', 'labels delete']);
  });

  it('copy a basemap that changes only with camera, tiles and style: no pattern or dash, which cross-fade after a zoom', () => {
    for (const theme of ['light', 'dark'] as const) {
      const layers = basemapStyle({ theme }).layers;
      expect(layers.length).toBeGreaterThan(5);
      for (const layer of layers) {
        expect(Object.values(BASEMAP_LAYER_IDS)).toContain(layer.id);
        const paint = JSON.stringify('paint' in layer ? layer.paint : {});
        expect(paint).not.toMatch(/pattern|dasharray/);
      }
    }
  });
});
