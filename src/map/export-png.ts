/**
 * "Download PNG": draws the current view again off screen at twice the pixel density, then
 * composes it with the title, date, legend, source and credit onto one canvas and saves it.
 *
 * The view is redrawn by a hidden second map rather than by reading the visible one: that one
 * would need preserveDrawingBuffer for its whole life (slower), its marker images are drawn for
 * the screen's pixel ratio (blurry at 2×), and changing its pixel ratio would flicker. The hidden
 * map takes the live style (event layers and their data included), the time window from global
 * state or from each event's feature state (WindowBy in event-layers.ts), the selection from
 * feature state, and the camera.
 */
import type { MapInstance, StyleSpecification } from 'react-map-gl/maplibre';
import { drawIcon, ICON_SIZE, provideIcon } from './kind-icons';
import type { Story } from '../story/story';
import type { TimeWindow } from '../time/time-window';
import { EVENT_LAYER_IDS, EVENT_SOURCE_IDS, FEATURE_STATE } from './event-layers';
import {
  EXPORT_FONTS,
  exportContent,
  layoutExport,
  type ExportLayout,
  type ExportWords,
} from './export-png-layout';
import { FIRST_LABEL_LAYER_ID } from './basemap-style';
import { marksOnMap } from './time-marks/time-marks-layer';
import { drawsOnGpu } from './draws-on-gpu';
import { isShown } from './map-events';

/** Device pixels per CSS pixel of the image: sharp on slides and in print. */
export const EXPORT_PIXEL_RATIO = 2;

/** A hidden map that has not drawn by then has failed (a lost WebGL context, say). */
const RENDER_TIMEOUT_MS = 20_000;

/** Colours of the image, from the page's theme. */
interface Palette {
  readonly bg: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
}

function paletteOf(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    bg: read('--surface', '#ffffff'),
    text: read('--text', '#1a1a1a'),
    muted: read('--text-muted', '#555555'),
    border: read('--border', '#cccccc'),
  };
}

/** The live style with its global-state defaults set to the live values (the time window). */
function styleWithCurrentState(live: MapInstance): StyleSpecification {
  const style = live.getStyle();
  const current: Record<string, unknown> = live.getGlobalState();
  const state = Object.fromEntries(
    Object.entries(style.state ?? {}).map(([key, spec]) => [
      key,
      { ...spec, default: key in current ? current[key] : spec.default },
    ]),
  );
  return { ...style, state };
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took too long`)), RENDER_TIMEOUT_MS);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** The view drawn off screen: a copy of its pixels and the ids of the events it shows. */
export interface RenderedView {
  readonly pixels: HTMLCanvasElement;
  readonly drawnIds: ReadonlySet<string>;
}

/**
 * The part of a feature's state the picture shows: in the window or not, and selected. A mark the
 * pointer happened to rest on is not drawn hovered.
 */
export function pictured(state: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).filter(([key]) => key !== FEATURE_STATE.hovered));
}

/** Draws the live map's view again at `pixelRatio`, with the feature state of `stateIds`. */
export async function renderView(
  live: MapInstance,
  pixelRatio: number,
  stateIds: Iterable<string>,
): Promise<RenderedView> {
  const { Map } = await import('maplibre-gl');
  const source = live.getContainer();
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.inert = true;
  Object.assign(container.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${source.clientWidth}px`,
    height: `${source.clientHeight}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
  });
  document.body.append(container);
  const hidden = new Map({
    container,
    style: styleWithCurrentState(live),
    center: live.getCenter(),
    zoom: live.getZoom(),
    bearing: live.getBearing(),
    pitch: live.getPitch(),
    pixelRatio,
    interactive: false,
    attributionControl: false,
    // No fade-in: the first idle frame is the finished picture.
    fadeDuration: 0,
    validateStyle: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  try {
    hidden.setMissingStyleImageResolver((id) => provideIcon(hidden, id, pixelRatio));
    await withTimeout(
      new Promise<void>((resolve) => {
        hidden.once('load', () => {
          // The selection, and which events a small story's layers show (the window).
          for (const id of stateIds) {
            for (const source of Object.values(EVENT_SOURCE_IDS)) {
              if (!hidden.getSource(source)) continue;
              hidden.setFeatureState(
                { source, id },
                pictured(live.getFeatureState({ source, id })),
              );
            }
          }
          // A large story's marks are drawn on the GPU, outside the style: copied over here.
          const marks = marksOnMap.get(live)?.copy();
          if (marks) {
            const { below, above } = marks.layers();
            hidden.addLayer(
              below,
              hidden.getLayer(FIRST_LABEL_LAYER_ID) ? FIRST_LABEL_LAYER_ID : undefined,
            );
            hidden.addLayer(above);
          }
          // The marks' program links and their cluster levels are built after the map's first
          // idle; the map repaints when each is done. Copied before, the image had no marks, and
          // the link, asked for after the hidden map was gone, threw.
          const whenDrawn = () => {
            if (marks?.building) hidden.once('idle', whenDrawn);
            else resolve();
          };
          hidden.once('idle', whenDrawn);
          hidden.triggerRepaint();
        });
      }),
      'Drawing the map',
    );
    const drawn = hidden.getCanvas();
    const pixels = document.createElement('canvas');
    pixels.width = drawn.width;
    pixels.height = drawn.height;
    pixels.getContext('2d')?.drawImage(drawn, 0, 0);
    // The legend lists what the image shows: ask the map what it drew, areas included.
    const layers = Object.values(EVENT_LAYER_IDS).filter((id) => hidden.getLayer(id));
    const bounds = hidden.getBounds();
    const drawnIds =
      marksOnMap
        .get(live)
        ?.idsWithin([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]) ??
      new Set<string>();
    for (const feature of hidden.queryRenderedFeatures({ layers })) {
      const id: unknown = feature.properties.id;
      if (typeof id === 'string' && isShown(feature)) drawnIds.add(id);
    }
    return { pixels, drawnIds };
  } finally {
    hidden.remove();
    container.remove();
  }
}

function drawMarks(context: CanvasRenderingContext2D, layout: ExportLayout, ratio: number): void {
  for (const mark of layout.marks) {
    const icon = drawIcon(
      { symbol: mark.kind.symbol, color: mark.kind.color, hollow: false, range: false },
      ratio,
    );
    if (!icon) continue;
    const tile = document.createElement('canvas');
    tile.width = icon.width;
    tile.height = icon.height;
    tile.getContext('2d')?.putImageData(icon, 0, 0);
    const left = mark.x + mark.size / 2 - ICON_SIZE / 2;
    const top = mark.y + mark.size / 2 - ICON_SIZE / 2;
    context.drawImage(tile, left, top, ICON_SIZE, ICON_SIZE);
  }
}

/** Paints the layout: background, the map's pixels, the text and the legend symbols. */
export function composeImage(
  layout: ExportLayout,
  mapPixels: CanvasImageSource,
  ratio: number,
  palette: Palette,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image (no 2D canvas)');
  context.scale(ratio, ratio);
  context.fillStyle = palette.bg;
  context.fillRect(0, 0, layout.width, layout.height);
  const { map } = layout;
  context.drawImage(mapPixels, map.x, map.y, map.width, map.height);
  context.fillStyle = palette.border;
  context.fillRect(0, map.y - 1, layout.width, 1);
  context.fillRect(0, map.y + map.height, layout.width, 1);
  context.textBaseline = 'alphabetic';
  // In a right-to-left layout each line's x is its start, on the right.
  context.direction = layout.rtl ? 'rtl' : 'ltr';
  context.textAlign = 'start';
  for (const line of layout.lines) {
    context.font = line.font;
    context.fillStyle = line.tone === 'muted' ? palette.muted : palette.text;
    context.fillText(line.text, line.x, line.y);
  }
  drawMarks(context, layout, ratio);
  return canvas;
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded'))),
      'image/png',
    ),
  );
}

/** A finished image and the name to save it under. */
export interface ExportedImage {
  readonly blob: Blob;
  readonly fileName: string;
}

/** Makes the PNG of the live map's view of `story` showing `window`, with its words around it. */
export async function exportPng(
  live: MapInstance,
  story: Story,
  window: TimeWindow,
  selectedId: string | undefined,
  words?: ExportWords,
): Promise<ExportedImage> {
  // Text is measured and drawn in the app's own font, so it must be loaded first.
  await Promise.all(Object.values(EXPORT_FONTS).map((font) => document.fonts.load(font)));
  const container = live.getContainer();
  // Feature state is the selection's and, in a small story, every placed event's (in the window
  // or not: windowSyncOf); a large story's events carry none but the selection's.
  const selection = selectedId === undefined ? [] : [selectedId];
  const placed = () => story.events.filter((event) => event.place).map((event) => event.id);
  const stateIds = drawsOnGpu(story) ? selection : placed();
  const { pixels, drawnIds } = await renderView(live, EXPORT_PIXEL_RATIO, stateIds);
  const content = exportContent(story, window, drawnIds, words);
  const measurer = document.createElement('canvas').getContext('2d');
  const measure = (text: string, font: string) => {
    if (!measurer) return text.length * 8;
    measurer.font = font;
    return measurer.measureText(text).width;
  };
  const frame = { width: container.clientWidth, height: container.clientHeight };
  const layout = layoutExport(content, frame, measure);
  const canvas = composeImage(layout, pixels, EXPORT_PIXEL_RATIO, paletteOf(container));
  return { blob: await toPng(canvas), fileName: content.fileName };
}

/** Hands a file to the browser's downloads, as a link with `download` would. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
