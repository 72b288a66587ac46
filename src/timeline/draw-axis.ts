/**
 * Draws one frame of the timeline's canvas: gridlines, ticks and labels, the event marks
 * (draw-marks.ts), and the hovered and selected highlights.
 */
import type { KindLook } from '../story/kind-looks';
import type { AxisTicks } from '../time/time-ticks';
import type { TimeScale } from '../time/time-scale';
import { laneCentre, type AxisGeometry } from './axis-geometry';
import { drawHistogram } from './draw-histogram';
import { drawMarks } from './draw-marks';
import type { Histogram } from './event-histogram';
import {
  findPlaced,
  POINT_SIZE,
  type PlacedMark,
  type PlacedMarks,
  type StoryMarks,
} from './event-layout';

/** Colours read from the theme's custom properties, so the canvas follows light and dark. */
export interface AxisColors {
  readonly kinds: readonly string[];
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly grid: string;
  /** The density strip's bars: the muted text colour, at least 3:1 on the surface in both themes. */
  readonly histogram: string;
  readonly surface: string;
  readonly focus: string;
  readonly font: string;
}

/** Reads the theme from an element's computed style, falling back to the kinds' own colours. */
export function readAxisColors(element: Element, kinds: readonly KindLook[]): AxisColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    kinds: kinds.map((kind) => read(`--kind-${kind.id}`, kind.color)),
    text: read('--text', '#1a1a1a'),
    muted: read('--text-muted', '#595959'),
    border: read('--border-strong', '#8a8f96'),
    grid: read('--border', '#dedcd6'),
    histogram: read('--text-muted', '#595959'),
    surface: read('--surface', '#ffffff'),
    focus: read('--focus', '#005fcc'),
    font: `12px ${read('--font-sans', style.fontFamily || 'sans-serif')}`,
  };
}

/** Everything one frame needs. */
export interface AxisFrame {
  readonly scale: TimeScale;
  readonly geometry: AxisGeometry;
  readonly ticks: AxisTicks;
  readonly marks: StoryMarks;
  readonly placed: PlacedMarks;
  /** Events per bucket, when the story is dense enough to draw them. */
  readonly histogram: Histogram | undefined;
  readonly selected: number | undefined;
  readonly hovered: number | undefined;
  readonly colors: AxisColors;
}

/** Draws a frame; the context is already scaled to CSS pixels. */
export function drawAxis(ctx: CanvasRenderingContext2D, frame: AxisFrame): void {
  const { scale, geometry, colors } = frame;
  ctx.clearRect(0, 0, scale.width, geometry.canvasHeight);
  drawGrid(ctx, frame);
  if (frame.histogram) drawHistogram(ctx, frame.histogram, scale, geometry, colors.histogram);
  drawMarks(ctx, {
    geometry,
    width: scale.width,
    marks: frame.marks,
    placed: frame.placed,
    kindColors: colors.kinds,
    surface: colors.surface,
  });
  for (const index of [frame.hovered, frame.selected]) {
    const mark = findPlaced(frame.placed, index);
    if (mark)
      drawHighlight(
        ctx,
        geometry,
        mark,
        scale.width,
        index === frame.selected ? colors.focus : colors.text,
        index === frame.selected,
      );
  }
}

function drawGrid(
  ctx: CanvasRenderingContext2D,
  { scale, ticks, colors, geometry }: AxisFrame,
): void {
  const { axisY, barTop, labelY } = geometry;
  ctx.strokeStyle = colors.border;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, axisY + 0.5);
  ctx.lineTo(scale.width, axisY + 0.5);
  for (const ms of ticks.minor) {
    const x = Math.round(scale.x(ms)) + 0.5;
    ctx.moveTo(x, axisY);
    ctx.lineTo(x, axisY + 3);
  }
  for (const tick of ticks.major) {
    const x = Math.round(scale.x(tick.ms)) + 0.5;
    ctx.moveTo(x, axisY);
    ctx.lineTo(x, axisY + 6);
  }
  ctx.stroke();
  // Faint gridlines through the lanes help read a mark's date off the axis.
  ctx.strokeStyle = colors.grid;
  ctx.setLineDash([2, 3]);
  ctx.beginPath();
  for (const tick of ticks.major) {
    const x = Math.round(scale.x(tick.ms)) + 0.5;
    ctx.moveTo(x, barTop);
    ctx.lineTo(x, axisY);
  }
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = colors.muted;
  ctx.font = colors.font;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'center';
  let lastRight = -Infinity;
  for (const tick of ticks.major) {
    const width = ctx.measureText(tick.label).width;
    const x = Math.min(Math.max(scale.x(tick.ms), width / 2 + 2), scale.width - width / 2 - 2);
    if (x - width / 2 < lastRight + 8) continue;
    ctx.fillText(tick.label, x, labelY);
    lastRight = x + width / 2;
  }
}

function drawHighlight(
  ctx: CanvasRenderingContext2D,
  g: AxisGeometry,
  mark: PlacedMark,
  width: number,
  color: string,
  selected: boolean,
): void {
  const y = laneCentre(g, mark.lane);
  const half = mark.lane < g.barLanes ? g.barLaneHeight / 2 + 1 : POINT_SIZE / 2 + 2.5;
  const x0 = Math.max(mark.x0, -4);
  const x1 = Math.min(mark.x1, width + 4);
  ctx.strokeStyle = color;
  ctx.lineWidth = selected ? 2 : 1.5;
  ctx.beginPath();
  ctx.rect(x0 - 3, y - half, x1 - x0 + 6, half * 2);
  ctx.stroke();
  if (!selected) return;
  // A line from the selected mark down to the axis: its date can be read off the ticks.
  const centre = Math.round((Math.max(x0, 0) + Math.min(x1, width)) / 2) + 0.5;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(centre, y + half);
  ctx.lineTo(centre, g.axisY);
  ctx.stroke();
}
