/**
 * Marker images drawn on a canvas when the map first asks for them: the kind's shape in its
 * colour, solid when the date is known to the day, hollow when it is not, with a ring around it
 * when the event spans a range. Shape is a second channel beside colour, for colour-blind
 * readers and greyscale print.
 */
import type { KindSymbol } from '../story/story-schema';
import { parseHaloName, parseIconName, type HaloKind, type MapTheme } from './event-layers';
import { shapeVertices } from './kind-shapes';

/** Size of a marker image in CSS pixels; the range ring fits inside. */
export const ICON_SIZE = 30;
/** Nominal radius of a kind's shape in CSS pixels. */
export const SHAPE_RADIUS = 7.5;
/** A range's ring around the shape, in CSS pixels. */
export const RING_RADIUS = 12;
/** The pale outline around every mark, in either theme. */
export const OUTLINE = '#ffffff';
/** Line widths in CSS pixels, shared with the still SVG maps' markers (StaticMapParts.tsx). */
export const MARK_WIDTHS = {
  /** The outline, stroked under the fill: half of it shows outside the shape. */
  outline: 4,
  /** A hollow mark's edge in the kind's colour. */
  hollow: 2.5,
  /** A range's ring in the kind's colour, on a pale casing. */
  ring: 2,
  ringCasing: 4.5,
} as const;

/** What to draw. */
export interface IconSpec {
  readonly symbol: KindSymbol;
  /** "#rrggbb" */
  readonly color: string;
  readonly hollow: boolean;
  readonly range: boolean;
}

function traceShape(context: CanvasRenderingContext2D, spec: IconSpec, centre: number): void {
  context.beginPath();
  shapeVertices(spec.symbol, SHAPE_RADIUS).forEach(([x, y], index) => {
    if (index === 0) context.moveTo(centre + x, centre + y);
    else context.lineTo(centre + x, centre + y);
  });
  context.closePath();
}

function canvasOf(size: number, pixelRatio: number): CanvasRenderingContext2D | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * pixelRatio;
  // Read back at once with getImageData: a canvas kept in memory, not on the GPU, makes that cheap.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.scale(pixelRatio, pixelRatio);
  return context;
}

function imageOf(context: CanvasRenderingContext2D): ImageData {
  return context.getImageData(0, 0, context.canvas.width, context.canvas.height);
}

/** Size of a halo image in CSS pixels. */
export const HALO_SIZE = 48;
export const HALO_STYLE: Readonly<
  Record<HaloKind, { radius: number; width: number; alpha: number; dash?: readonly number[] }>
> = {
  hover: { radius: 15, width: 2, alpha: 0.85 },
  selected: { radius: 19, width: 3, alpha: 0.95 },
  // Unconfirmed: a dashed ring on a faint disc, so it reads over land and water alike.
  guess: { radius: 16, width: 2, alpha: 0.55, dash: [4, 3] },
};

/** A halo's disc and ring in each theme: the disc reads as space on the map, the ring as ink. */
export const HALO_COLORS: Readonly<Record<MapTheme, { disc: string; ring: string }>> = {
  light: { disc: '#ffffff', ring: '#111111' },
  dark: { disc: '#111111', ring: '#ffffff' },
};

/** Draws the disc and ring behind a hovered or selected marker. */
export function drawHalo(
  halo: HaloKind,
  theme: MapTheme,
  pixelRatio: number,
): ImageData | undefined {
  const context = canvasOf(HALO_SIZE, pixelRatio);
  if (!context) return undefined;
  paintHalo(context, halo, theme);
  return imageOf(context);
}

/** Paints a halo in the square (0, 0)–(HALO_SIZE, HALO_SIZE) of a context. */
export function paintHalo(
  context: CanvasRenderingContext2D,
  halo: HaloKind,
  theme: MapTheme,
): void {
  const { radius, width, alpha, dash } = HALO_STYLE[halo];
  const centre = HALO_SIZE / 2;
  context.beginPath();
  context.arc(centre, centre, radius, 0, 2 * Math.PI);
  context.globalAlpha = alpha;
  context.fillStyle = HALO_COLORS[theme].disc;
  context.fill();
  context.globalAlpha = 1;
  context.strokeStyle = HALO_COLORS[theme].ring;
  context.lineWidth = width;
  // The GPU marks paint every halo on one shared canvas: the dash must not leak to the next.
  context.setLineDash(dash ? [...dash] : []);
  context.stroke();
  context.setLineDash([]);
}

/** Draws one marker image at a pixel ratio; undefined where there is no 2D canvas. */
export function drawIcon(spec: IconSpec, pixelRatio: number): ImageData | undefined {
  const context = canvasOf(ICON_SIZE, pixelRatio);
  if (!context) return undefined;
  paintIcon(context, spec);
  return imageOf(context);
}

/**
 * Paints a marker in the square (0, 0)–(ICON_SIZE, ICON_SIZE) of a context, so many can share one
 * canvas (the GPU marks' atlas): reading pixels back from a canvas is slow in software GL.
 */
export function paintIcon(context: CanvasRenderingContext2D, spec: IconSpec): void {
  const { color } = spec;
  const centre = ICON_SIZE / 2;
  context.lineJoin = 'round';
  if (spec.range) {
    context.beginPath();
    context.arc(centre, centre, RING_RADIUS, 0, 2 * Math.PI);
    context.strokeStyle = OUTLINE;
    context.lineWidth = MARK_WIDTHS.ringCasing;
    context.stroke();
    context.strokeStyle = color;
    context.lineWidth = MARK_WIDTHS.ring;
    context.stroke();
  }
  traceShape(context, spec, centre);
  // A pale outline keeps every mark readable over any land, water or uncertainty fill.
  context.strokeStyle = OUTLINE;
  context.lineWidth = MARK_WIDTHS.outline;
  context.stroke();
  context.fillStyle = spec.hollow ? OUTLINE : color;
  context.fill();
  if (spec.hollow) {
    context.strokeStyle = color;
    context.lineWidth = MARK_WIDTHS.hollow;
    context.stroke();
  }
}

/** The part of a map that receives marker images. */
export interface ImageTarget {
  hasImage(name: string): boolean;
  addImage(name: string, image: ImageData, options: { pixelRatio: number }): unknown;
}

/** Adds the named marker or halo image if it is one of ours and missing: the map's missing-image resolver. */
export function provideIcon(map: ImageTarget, name: string, pixelRatio: number): void {
  if (map.hasImage(name)) return;
  const ratio = Math.max(1, Math.ceil(pixelRatio));
  const icon = parseIconName(name);
  const halo = parseHaloName(name);
  const image = icon
    ? drawIcon(icon, ratio)
    : halo
      ? drawHalo(halo.halo, halo.theme, ratio)
      : undefined;
  if (image) map.addImage(name, image, { pixelRatio: ratio });
}
