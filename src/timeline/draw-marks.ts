/**
 * Draws the event marks: one path per kind and style (or one sprite stamp per point), so 10,000
 * events cost a few dozen fills, not 10,000 DOM nodes.
 */
import type { KindLook } from '../story/kind-looks';
import { laneCentre, type AxisGeometry } from './axis-geometry';
import {
  isPointStyle,
  MARK_STYLES,
  POINT_SIZE,
  styleAt,
  placedMark,
  type MarkStyle,
  type PlacedMark,
  type PlacedMarks,
  type StoryMarks,
} from './event-layout';
import { hatchFor, SPRITE_SIZE, spriteFor } from './mark-shapes';

/** What drawing the marks needs. */
export interface MarksFrame {
  readonly geometry: AxisGeometry;
  readonly width: number;
  readonly marks: StoryMarks;
  readonly placed: PlacedMarks;
  /** Colours by index into marks.looks. */
  readonly kindColors: readonly string[];
  readonly surface: string;
}

/** Draw order: bars under points; within a style, kinds in legend order. */
export const DRAW_ORDER: readonly MarkStyle[] = [
  'coarse',
  'approximate-bar',
  'bar',
  'approximate-point',
  'point',
];

/** Draws every placed mark, bars under points. */
export function drawMarks(ctx: CanvasRenderingContext2D, frame: MarksFrame): void {
  const { marks, placed, kindColors } = frame;
  const kindCount = marks.looks.length;
  // One pass into groups of kind and style (positions in `placed`); each group is one path.
  const groups = new Map<number, number[]>();
  for (let position = 0; position < placed.count; position += 1) {
    const index = placed.index[position] ?? 0;
    const key = (marks.styles[index] ?? 0) * kindCount + (marks.kinds[index] ?? 0);
    const group = groups.get(key);
    if (group) group.push(position);
    else groups.set(key, [position]);
  }
  for (const style of DRAW_ORDER) {
    marks.looks.forEach((kind, kindIndex) => {
      const group = groups.get(MARK_STYLES.indexOf(style) * kindCount + kindIndex);
      const color = kindColors[kindIndex] ?? kind.color;
      if (group) drawGroup(ctx, frame, style, kind, group, color);
    });
  }
  drawGuessRings(ctx, frame);
}

/** The radius of the dashed ring around a guess's point. */
export const GUESS_RING_RADIUS = POINT_SIZE / 2 + 3;

/**
 * How much of each end of an approximate range fades, as a fraction of the bar: 30% of it, at
 * most 28 px.
 */
export function fadeFraction(widthPx: number): number {
  return Math.min(widthPx * 0.3, 28) / Math.max(widthPx, 1);
}

/**
 * A guess looks unconfirmed on the timeline as on the map: a dashed ring around its point, a
 * dashed frame around its bar, in its kind's colour. The list and the details say it in words.
 */
function drawGuessRings(ctx: CanvasRenderingContext2D, frame: MarksFrame): void {
  const { marks, placed, geometry, kindColors, width } = frame;
  if (!marks.guesses.includes(1)) return;
  ctx.save();
  ctx.setLineDash([3, 2]);
  ctx.lineWidth = 1.5;
  for (let position = 0; position < placed.count; position += 1) {
    const index = placed.index[position] ?? 0;
    if (marks.guesses[index] !== 1) continue;
    const kind = marks.kinds[index] ?? 0;
    ctx.strokeStyle = kindColors[kind] ?? marks.looks[kind]?.color ?? '#555555';
    const mark = placedMark(placed, position);
    const y = laneCentre(geometry, mark.lane);
    ctx.beginPath();
    const style = styleAt(marks, index);
    if (isPointStyle(style)) {
      ctx.arc((mark.x0 + mark.x1) / 2, y, GUESS_RING_RADIUS, 0, 2 * Math.PI);
    } else {
      const half = geometry.barLaneHeight / 2;
      const x0 = Math.max(mark.x0, -4) - 1.5;
      const x1 = Math.min(mark.x1, width + 4) + 1.5;
      ctx.rect(x0, y - half, x1 - x0, half * 2);
    }
    ctx.stroke();
  }
  ctx.restore();
}

function drawGroup(
  ctx: CanvasRenderingContext2D,
  frame: MarksFrame,
  style: MarkStyle,
  kind: KindLook,
  group: readonly number[],
  color: string,
): void {
  const { geometry: g, placed, width } = frame;
  ctx.lineWidth = 1;
  if (isPointStyle(style)) {
    // Dense points overlap into a smear where shapes cannot be told apart; there, and only
    // there, a plain tick per event says as much and costs far less to draw.
    if (group.length > width / 2)
      drawTicks(ctx, g, placed, group, color, style === 'point' ? 1 : 0.45);
    else
      drawPoints(
        ctx,
        g,
        placed,
        group,
        spriteFor(kind.symbol, color, frame.surface, style === 'approximate-point'),
      );
    return;
  }
  if (style === 'approximate-bar') {
    // Past a few dozen, per-bar gradients cost more than they tell: draw them flat.
    if (group.length > 60) drawBars(ctx, g, placed, group, color, width, 0.45, undefined);
    else
      for (const position of group)
        drawFadedBar(ctx, g, placedMark(placed, position), color, width);
    return;
  }
  if (style === 'coarse') {
    drawBars(ctx, g, placed, group, color, width, 0.16, []);
    const hatch = hatchFor(ctx, color);
    if (hatch) {
      ctx.fillStyle = hatch;
      ctx.fill();
    }
    return;
  }
  drawBars(ctx, g, placed, group, color, width, 1, undefined);
}

/** Stamps a sprite per point; several events on the same pixel draw once. */
function drawPoints(
  ctx: CanvasRenderingContext2D,
  g: AxisGeometry,
  placed: PlacedMarks,
  group: readonly number[],
  sprite: HTMLCanvasElement | null,
): void {
  if (!sprite) return;
  const half = SPRITE_SIZE / 2;
  const drawn = new Set<number>();
  for (const position of group) {
    const x = Math.round(((placed.x0[position] ?? 0) + (placed.x1[position] ?? 0)) / 2);
    const lane = placed.lane[position] ?? 0;
    const key = lane * 100_000 + x;
    if (drawn.has(key)) continue;
    drawn.add(key);
    ctx.drawImage(sprite, x - half, laneCentre(g, lane) - half, SPRITE_SIZE, SPRITE_SIZE);
  }
}

/** One path of 2 px ticks, for points too dense to show shapes. */
function drawTicks(
  ctx: CanvasRenderingContext2D,
  g: AxisGeometry,
  placed: PlacedMarks,
  group: readonly number[],
  color: string,
  alpha: number,
): void {
  const drawn = new Set<number>();
  ctx.beginPath();
  for (const position of group) {
    const x = Math.round(((placed.x0[position] ?? 0) + (placed.x1[position] ?? 0)) / 2);
    const lane = placed.lane[position] ?? 0;
    const key = lane * 100_000 + x;
    if (drawn.has(key)) continue;
    drawn.add(key);
    ctx.rect(x - 1, laneCentre(g, lane) - POINT_SIZE / 2 + 1, 2, POINT_SIZE - 2);
  }
  ctx.globalAlpha = alpha;
  ctx.fillStyle = color;
  ctx.fill();
  ctx.globalAlpha = 1;
}

/**
 * One path of bars, filled at `alpha` and outlined (dashed if asked) unless `dash` is undefined.
 * A bar that rounds to the same pixels as one already in the path is left out: it would change
 * no pixel (a fill or stroke covers the union of its rectangles), and at 100,000 events tens of
 * thousands of months and weeks fall on the same few pixels, where filling and stroking every
 * copy made the story's first drawing take over a second.
 */
function drawBars(
  ctx: CanvasRenderingContext2D,
  g: AxisGeometry,
  placed: PlacedMarks,
  group: readonly number[],
  color: string,
  width: number,
  alpha: number,
  dash: number[] | undefined,
): void {
  ctx.beginPath();
  for (const rect of barRects(g, placed, group, width)) ctx.rect(...rect);
  ctx.globalAlpha = alpha;
  ctx.fillStyle = color;
  ctx.fill();
  ctx.globalAlpha = 1;
  if (!dash) return;
  ctx.setLineDash(dash);
  ctx.strokeStyle = color;
  ctx.stroke();
  ctx.setLineDash([]);
}

/** The rectangles of a group of bars, each drawn set of pixels once (x, y, width, height). */
export function barRects(
  g: AxisGeometry,
  placed: PlacedMarks,
  group: readonly number[],
  width: number,
): [number, number, number, number][] {
  const drawn = new Set<number>();
  const rects: [number, number, number, number][] = [];
  for (const position of group) {
    const rect = barRect(g, placedMark(placed, position), width);
    const [x, , w] = rect;
    const key = ((placed.lane[position] ?? 0) * RECT_KEY + x + RECT_KEY / 2) * RECT_KEY + w;
    if (drawn.has(key)) continue;
    drawn.add(key);
    rects.push(rect);
  }
  return rects;
}

/** Room for a bar's left edge or width in pixels in one part of a numeric key (bars are clipped). */
const RECT_KEY = 1 << 16;

function barPath(
  ctx: CanvasRenderingContext2D,
  g: AxisGeometry,
  mark: PlacedMark,
  width: number,
): void {
  ctx.rect(...barRect(g, mark, width));
}

/** The rectangle a bar fills: x, y, width and height in pixels. */
function barRect(
  g: AxisGeometry,
  mark: PlacedMark,
  width: number,
): [number, number, number, number] {
  const height = g.barLaneHeight - 2;
  const top = laneCentre(g, mark.lane) - height / 2;
  // Clip to just beyond the canvas: a 20-year bar is millions of pixels wide when zoomed in.
  const x0 = Math.max(mark.x0, -4);
  const x1 = Math.min(mark.x1, width + 4);
  return [
    Math.round(x0) + 0.5,
    Math.round(top) + 0.5,
    Math.max(1, Math.round(x1 - x0) - 1),
    height,
  ];
}

/** Approximate ranges fade in and out and wear a dashed outline: no firm edge to read. */
function drawFadedBar(
  ctx: CanvasRenderingContext2D,
  g: AxisGeometry,
  mark: PlacedMark,
  color: string,
  axisWidth: number,
): void {
  const width = mark.x1 - mark.x0;
  const fade = fadeFraction(width);
  const gradient = ctx.createLinearGradient(mark.x0, 0, mark.x1, 0);
  gradient.addColorStop(0, transparent(color));
  gradient.addColorStop(fade, color);
  gradient.addColorStop(1 - fade, color);
  gradient.addColorStop(1, transparent(color));
  ctx.beginPath();
  barPath(ctx, g, mark, axisWidth);
  ctx.globalAlpha = 0.85;
  ctx.fillStyle = gradient;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.setLineDash([3, 3]);
  ctx.strokeStyle = color;
  ctx.stroke();
  ctx.setLineDash([]);
}

/** The colour at zero alpha, for gradients (hex colours from the palette, else fully clear). */
function transparent(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}00` : 'rgba(0,0,0,0)';
}
