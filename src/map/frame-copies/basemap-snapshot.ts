/**
 * The basemap and its labels drawn once for a run of scrub steps. A step changes the story's
 * marks and nothing else (the GPU marks' uniforms, or a small story's feature state), yet
 * MapLibre draws every layer of every frame again: in software GL dragging the window at 100,000
 * events dropped 22–42 of 60 frames, 4–13 with the basemap and its labels hidden (bench:scrub's
 * drag at 1024×768, two interleaved runs each; the labels alone were about half), and at the
 * CSTO story's 19 events 7–17 against 0–1 with copies (npm run bench, 1280×800).
 *
 * So the map's painter is wrapped. The layers fall in spans: the basemap beneath the story, the
 * story's own layers (areas, lines, the marks), the basemap's labels above them, and the
 * selected mark on top. A frame that a change of the marks asked for (a step, a hover: see
 * marks-repaint.ts), whose camera, canvas, style and basemap tiles are those of the frame before
 * ('same'), copies the basemap as drawn so far into a texture as the story's first
 * layer comes, and draws the labels into a second texture, laid over the canvas; the next such
 * frames skip the basemap's layers and draw the copies, pixel for pixel, in their place. The
 * labels' copy also waits for their placement to be done and the same as the frame before's.
 * Anything else (a camera move, a resize, a tile, a style or theme change, a paint transition, a
 * new placement) draws those layers in full and drops the copies; so does a frame drawn on
 * terrain or a globe, which this map never draws. The basemap draws no pattern or dash, whose
 * cross-fade after a zoom would change it with nothing else changed (basemap-snapshot.test.ts).
 *
 * It reaches into MapLibre's painter (its render and renderLayer methods, typed in MapLibre's
 * declarations): if they are not there, frames are drawn as before.
 */
import type { Map as MapLibreMap, Painter } from 'maplibre-gl';
import { BASEMAP_LAYER_IDS } from '../basemap-ids';
import { CanvasCopy, CopyDrawing } from './canvas-copy';
import { marksFrameAsked } from './marks-repaint';

type Mode = 'full' | 'capture' | 'reuse';

const BASEMAP_IDS: ReadonlySet<string> = new Set(Object.values(BASEMAP_LAYER_IDS));

/**
 * The spans of a frame's layers that are copied, as indexes into its order: the basemap beneath
 * the first layer that is not the basemap's ([0, story)), and the basemap's layers next above
 * the story's ([labelsFrom, labelsTo)). `story` is -1 when every layer is the basemap's (no copy
 * is made); the labels' span is empty when none come after the story's layers.
 */
export interface LayerSpans {
  readonly story: number;
  readonly labelsFrom: number;
  readonly labelsTo: number;
}

export function layerSpans(order: readonly string[]): LayerSpans {
  const story = order.findIndex((id) => !BASEMAP_IDS.has(id));
  if (story < 0) return { story, labelsFrom: order.length, labelsTo: order.length };
  let labelsFrom = story;
  while (labelsFrom < order.length && !BASEMAP_IDS.has(order[labelsFrom] ?? '')) labelsFrom += 1;
  let labelsTo = labelsFrom;
  while (labelsTo < order.length && BASEMAP_IDS.has(order[labelsTo] ?? '')) labelsTo += 1;
  return { story, labelsFrom, labelsTo };
}

/** What a frame does with a copy, given whether its layers are as the frame before drew them. */
export function frameMode(same: boolean, copied: boolean): Mode {
  if (!same) return 'full';
  return copied ? 'reuse' : 'capture';
}

function sameMatrix(kept: Float64Array, now: ArrayLike<number>): boolean {
  for (let i = 0; i < 16; i += 1) if (kept[i] !== now[i]) return false;
  return true;
}

/** What a frame's style says about it (MapLibre's Style is one). */
export interface FrameStyle {
  readonly _order: readonly string[];
  hasTransitions(): boolean;
  readonly map: { readonly terrain?: unknown };
  /** The labels' placement: a new one each time labels are placed again. */
  readonly placement: unknown;
  readonly pauseablePlacement?: { isDone(): boolean };
}

/** What a frame's data says about it (MapLibre's FrameRenderData is one). */
export interface FrameData {
  readonly isRenderingGlobe: boolean;
  /** How far labels have faded to their placement: 1 or more once they have. */
  readonly symbolFadeChange: number;
}

/** The part of MapLibre's painter the copies wrap and use (its Painter is one). */
export interface SnapshotPainter {
  render(
    style: FrameStyle,
    transform: { readonly modelViewProjectionMatrix: ArrayLike<number> },
    data: FrameData,
  ): void;
  renderLayer(
    painter: unknown,
    tileManager: unknown,
    layer: unknown,
    coords: unknown,
    frame: { readonly currentPass: string; readonly currentLayer: number },
  ): void;
  readonly renderToTexture?: unknown;
  /** The drawing buffer's size in device px (it changes with the pixel ratio alone, too). */
  readonly width: number;
  readonly height: number;
  setBaseState(): void;
  readonly context: {
    setCustomLayerDefaults(): void;
    setDirty(): void;
    readonly bindFramebuffer: { set(framebuffer: WebGLFramebuffer | null): void };
  };
}

/** A copy as the wrapped painter uses it (CanvasCopy on the GPU). */
export interface PictureCopy {
  /** Copies the canvas as drawn so far; false when it could not. */
  take(): boolean;
  /** A framebuffer to draw into the copy, cleared; undefined when there can be none. */
  target(): WebGLFramebuffer | undefined;
  /** Draws the copy: over what is there (`over`), or in its place. */
  draw(over: boolean): void;
  delete(): void;
}

/** The map's events the copies listen to, and its repaint. */
export interface SnapshotEvents {
  on(type: 'styledata' | 'sourcedata', listener: () => void): unknown;
  off(type: 'styledata' | 'sourcedata', listener: () => void): unknown;
  triggerRepaint(): void;
}

/**
 * Wraps `map`'s painter so that frames which change nothing but the story's layers draw the
 * basemap and its labels from copies (see above). Returns what puts the painter back.
 */
export function keepBasemapSnapshot(map: MapLibreMap): () => void {
  // A map without MapLibre's painter as this module knows it (a test's stand-in, another
  // version) draws as before.
  const painter: Partial<Painter> | undefined = map.painter;
  const gl = painter?.context?.gl;
  if (
    !painter ||
    typeof painter.render !== 'function' ||
    typeof painter.renderLayer !== 'function' ||
    typeof WebGL2RenderingContext === 'undefined' ||
    !(gl instanceof WebGL2RenderingContext)
  )
    return () => undefined;
  let drawing: CopyDrawing | undefined;
  const shared = () => (drawing ??= new CopyDrawing(gl));
  const copies = { basemap: new CanvasCopy(shared), labels: new CanvasCopy(shared) };
  const drop = wrapPainter(map, map.painter, copies, () => marksFrameAsked(map));
  return () => {
    drop();
    drawing?.delete();
  };
}

/**
 * keepBasemapSnapshot with its parts given: the map's events, its painter, the copies, and
 * whether the frame was asked for by a change of the marks alone. Only such a frame takes copies
 * (they pay on the steps that follow it); copies taken are used on any frame like the one before.
 */
export function wrapPainter(
  map: SnapshotEvents,
  painter: SnapshotPainter,
  copies: { readonly basemap: PictureCopy; readonly labels: PictureCopy },
  marksAsked: () => boolean,
): () => void {
  const render = painter.render;
  const renderLayer = painter.renderLayer;
  const context = painter.context;
  const matrix = new Float64Array(16);
  const size = [0, 0];
  let changed = true;
  let placement: unknown;
  const copied = { basemap: false, labels: false };
  // This frame's spans and modes, and how far it has come.
  let spans: LayerSpans = { story: -1, labelsFrom: 0, labelsTo: 0 };
  let mode: { basemap: Mode; labels: Mode } = { basemap: 'full', labels: 'full' };
  let basemapDone = false;
  let labelsInto: WebGLFramebuffer | undefined;
  let labelsDone = false;

  // A tile arriving or any change of style (a theme, a filter) may change the basemap.
  const invalidate = () => {
    changed = true;
  };
  map.on('styledata', invalidate);
  map.on('sourcedata', invalidate);

  /**
   * GL work of the copies' own between MapLibre's layers, on the canvas, as MapLibre does a
   * custom layer's: its cached GL state is marked stale after, so it sets its own again.
   */
  const between = <T>(work: () => T): T => {
    context.setCustomLayerDefaults();
    context.bindFramebuffer.set(null);
    const result = work();
    context.setDirty();
    painter.setBaseState();
    context.bindFramebuffer.set(null);
    return result;
  };

  // The labels are drawn into their copy's framebuffer, bound through MapLibre's own cache.
  const startLabels = () => {
    const into = between(() => copies.labels.target());
    if (!into) {
      mode.labels = 'full';
      return;
    }
    labelsInto = into;
    context.bindFramebuffer.set(into);
  };

  const endLabels = () => {
    labelsDone = true;
    if (mode.labels === 'capture' && !labelsInto) return;
    between(() => {
      if (mode.labels === 'capture') copied.labels = true;
      copies.labels.draw(true);
    });
  };

  painter.render = function wrappedRender(style, transform, data) {
    const plain = !painter.renderToTexture && !data.isRenderingGlobe && !style.map.terrain;
    const same =
      plain &&
      !changed &&
      !style.hasTransitions() &&
      size[0] === painter.width &&
      size[1] === painter.height &&
      sameMatrix(matrix, transform.modelViewProjectionMatrix);
    const labelsSame =
      same &&
      style.placement === placement &&
      (style.pauseablePlacement?.isDone() ?? false) &&
      data.symbolFadeChange >= 1;
    matrix.set(transform.modelViewProjectionMatrix);
    [size[0], size[1]] = [painter.width, painter.height];
    placement = style.placement;
    changed = false;
    spans = layerSpans(style._order);
    const copying = spans.story >= 0;
    if (!same || !copying) copied.basemap = false;
    if (!labelsSame || !copying || spans.labelsFrom === spans.labelsTo) copied.labels = false;
    const worth = marksAsked();
    const modeOf = (mode: Mode): Mode => (mode === 'capture' && !worth ? 'full' : mode);
    mode = {
      basemap: copying ? modeOf(frameMode(same, copied.basemap)) : 'full',
      labels:
        copying && spans.labelsFrom < spans.labelsTo
          ? modeOf(frameMode(labelsSame, copied.labels))
          : 'full',
    };
    basemapDone = false;
    labelsInto = undefined;
    labelsDone = false;
    render.call(painter, style, transform, data);
    // Labels at the top of the order end with the frame.
    if (mode.labels !== 'full' && !labelsDone) endLabels();
    // A basemap copy drawn nowhere (no layer past it was drawn) left the basemap out: the next
    // frame is drawn in full.
    if (mode.basemap === 'reuse' && !basemapDone) {
      copied.basemap = false;
      changed = true;
      map.triggerRepaint();
    }
  };

  painter.renderLayer = function wrappedRenderLayer(layerPainter, tiles, layer, coords, frame) {
    const pass = frame.currentPass;
    const index = frame.currentLayer;
    if (pass === 'opaque' || pass === 'translucent') {
      if (mode.basemap === 'reuse' && index < spans.story) return;
      const isLabel = index >= spans.labelsFrom && index < spans.labelsTo;
      if (mode.labels === 'reuse' && isLabel) return;
    }
    if (pass === 'translucent') {
      if (mode.basemap !== 'full' && !basemapDone && index >= spans.story) {
        basemapDone = true;
        between(() => {
          if (mode.basemap === 'capture') copied.basemap = copies.basemap.take();
          else copies.basemap.draw(false);
        });
      }
      if (mode.labels !== 'full' && !labelsDone) {
        if (index >= spans.labelsTo) endLabels();
        else if (mode.labels === 'capture' && !labelsInto && index >= spans.labelsFrom)
          startLabels();
      }
    }
    renderLayer.call(painter, layerPainter, tiles, layer, coords, frame);
  };

  return () => {
    map.off('styledata', invalidate);
    map.off('sourcedata', invalidate);
    painter.render = render;
    painter.renderLayer = renderLayer;
    copies.basemap.delete();
    copies.labels.delete();
  };
}
