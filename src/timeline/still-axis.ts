/**
 * The timeline's marks and ticks as the build's prerender draws them (StillAxis.tsx), before any
 * script runs. The page's width is not known at build time, so every position along the axis is
 * a fraction of its width, and the canvas's ticks, labels and lanes are worked out for every
 * width from a phone's axis to a wide monitor's, grouped where they are the same: the page shows
 * the group for its axis's width (a container query), so the canvas draws the same when it takes
 * over. No React, no DOM.
 */
import type { Locale } from '../i18n/locale';
import { axisTicks } from '../time/time-ticks';
import { createTimeScale } from '../time/time-scale';
import type { TimeWindow } from '../time/time-window';
import { laneCentre, POINT_LANES, type AxisGeometry } from './axis-geometry';
import { fadeFraction } from './draw-marks';
import { labelWidth } from './label-width';
import {
  isPointStyle,
  placeMarks,
  placedMark,
  styleAt,
  type MarkStyle,
  type StoryMarks,
} from './event-layout';

/**
 * The axis width whose layout the still drawing shows where a browser cannot query its box's
 * width (no container queries): the app's at about 1,000 px wide. Marks that share a lane there
 * never meet on a wider axis. The ends and fades of the ranges are drawn for it at every width.
 */
export const STILL_AXIS_PX = 360;

/**
 * The axis widths laid out, in CSS px: from a 320 px screen's to a wide monitor's. Narrower
 * axes take the first layout, wider ones the last.
 */
export const STILL_AXIS_WIDTHS = { from: 240, to: 1_600 } as const;

/**
 * The most layouts one drawing carries: each is a few ticks and labels in the page's HTML, and a
 * rule in its stylesheet. A story whose lanes change more often keeps the lanes of STILL_AXIS_PX.
 */
export const STILL_AXIS_LAYOUTS = 12;

/**
 * The most events drawn: each mark is a few SVG elements in the page's HTML, which a reader
 * downloads before anything else. A bigger story's timeline waits for the canvas, as before.
 */
export const STILL_AXIS_MOST = 200;

/** One mark: along the axis as fractions of its width, across it by its layout. */
export interface StillMark {
  readonly style: MarkStyle;
  /** Index into the story marks' kinds (legend order). */
  readonly kind: number;
  readonly guess: boolean;
  /** A bar's left and right edges, clipped to the axis; a point's centre is both. */
  readonly from: number;
  readonly to: number;
  /**
   * How much of each end of an approximate bar fades, as a fraction of the bar (as the canvas
   * fades it at STILL_AXIS_PX); 0 for other marks.
   */
  readonly fade: number;
}

export interface StillLabel {
  /** Its tick, along the axis as a fraction of its width. */
  readonly at: number;
  readonly label: string;
  /**
   * Where it sits: centred on its tick, or, where that would cross an end of the axis, 2 px
   * inside that end (start: the left, end: the right), as the canvas keeps it.
   */
  readonly anchor: 'start' | 'middle' | 'end';
}

/** The ticks, labels and lanes the canvas draws at a range of axis widths. */
export interface StillLayout {
  /** The widths it is for, in whole CSS px, both included; undefined: no end on that side. */
  readonly min: number | undefined;
  readonly max: number | undefined;
  /** Ticks along the axis, as fractions of its width: major ones carry a gridline. */
  readonly major: readonly number[];
  readonly minor: readonly number[];
  readonly labels: readonly StillLabel[];
  /** Each mark's lane centre in CSS px, in the order of the drawing's marks. */
  readonly y: readonly number[];
}

export interface StillAxisDrawing {
  readonly marks: readonly StillMark[];
  /** Narrowest first, each taking over where the one before ends. */
  readonly layouts: readonly StillLayout[];
  /** The layout shown where the box's width cannot be queried: the one for STILL_AXIS_PX. */
  readonly base: number;
}

/** What the canvas draws at one width, and a key that is equal where the drawing is. */
interface WidthLayout {
  readonly key: string;
  readonly layout: Omit<StillLayout, 'min' | 'max'>;
}

/** The still drawing of a story's marks on `axis`; undefined past STILL_AXIS_MOST events. */
export function stillAxisDrawing(
  marks: StoryMarks,
  axis: TimeWindow,
  geometry: AxisGeometry,
  locale: Locale,
): StillAxisDrawing | undefined {
  if (marks.count > STILL_AXIS_MOST) return undefined;
  const scale = createTimeScale(axis, STILL_AXIS_PX);
  const placed = placeMarks(marks, scale, geometry.barLanes, POINT_LANES);
  const fraction = (px: number) => Math.min(Math.max(px / STILL_AXIS_PX, 0), 1);
  const drawn: StillMark[] = [];
  const events: number[] = [];
  for (let position = 0; position < placed.count; position += 1) {
    const mark = placedMark(placed, position);
    const style = styleAt(marks, mark.index);
    const point = isPointStyle(style);
    const centre = fraction((mark.x0 + mark.x1) / 2);
    const barPx = mark.x1 - mark.x0;
    events.push(mark.index);
    drawn.push({
      style,
      kind: marks.kinds[mark.index] ?? 0,
      guess: marks.guesses[mark.index] === 1,
      from: point ? centre : fraction(mark.x0),
      to: point ? centre : fraction(mark.x1),
      fade: style === 'approximate-bar' ? fadeFraction(barPx) : 0,
    });
  }
  const at = (width: number) => layoutAt(marks, axis, geometry, locale, events, width);
  let layouts = layoutsByWidth(at);
  if (layouts.length > STILL_AXIS_LAYOUTS) {
    // Lanes that change too often: every width keeps the base width's, and only ticks change.
    const { y } = at(STILL_AXIS_PX).layout;
    layouts = layoutsByWidth((width) => {
      const { key, layout } = at(width);
      return { key: key.slice(key.indexOf('|')), layout: { ...layout, y } };
    });
  }
  if (layouts.length > STILL_AXIS_LAYOUTS)
    layouts = [{ ...at(STILL_AXIS_PX).layout, min: undefined, max: undefined }];
  const base = layouts.findIndex(
    ({ min, max }) => (min ?? -Infinity) <= STILL_AXIS_PX && STILL_AXIS_PX <= (max ?? Infinity),
  );
  return { marks: drawn, layouts, base: Math.max(base, 0) };
}

/** The widths of STILL_AXIS_WIDTHS, one px apart, grouped where the drawing is the same. */
function layoutsByWidth(at: (width: number) => WidthLayout): StillLayout[] {
  const layouts: StillLayout[] = [];
  let key: string | undefined;
  for (let width = STILL_AXIS_WIDTHS.from; width <= STILL_AXIS_WIDTHS.to; width += 1) {
    const here = at(width);
    if (here.key === key) continue;
    const last = layouts.pop();
    if (last) layouts.push({ ...last, max: width - 1 });
    layouts.push({ ...here.layout, min: last ? width : undefined, max: undefined });
    key = here.key;
  }
  return layouts;
}

/** The canvas's lanes, ticks and labels at one axis width (draw-axis.ts, event-layout.ts). */
function layoutAt(
  marks: StoryMarks,
  axis: TimeWindow,
  geometry: AxisGeometry,
  locale: Locale,
  events: readonly number[],
  width: number,
): WidthLayout {
  const scale = createTimeScale(axis, width);
  const placed = placeMarks(marks, scale, geometry.barLanes, POINT_LANES);
  const lanes = new Map<number, number>();
  for (let position = 0; position < placed.count; position += 1)
    lanes.set(placed.index[position] ?? 0, placed.lane[position] ?? 0);
  // A mark the base width draws keeps a lane even where it would fall just off this axis.
  const y = events.map((event) => laneCentre(geometry, lanes.get(event) ?? 0));
  const ticks = axisTicks(axis, width, marks.timed ? 'hour' : 'day', locale);
  const labels: StillLabel[] = [];
  let lastRight = -Infinity;
  for (const { ms, label } of ticks.major) {
    const x = scale.x(ms);
    const half = labelWidth(label) / 2;
    const centre = Math.min(Math.max(x, half + 2), width - half - 2);
    // A label that would meet the one before is left out, as the canvas leaves it out.
    if (centre - half < lastRight + 8) continue;
    lastRight = centre + half;
    const anchor = centre > x ? 'start' : centre < x ? 'end' : 'middle';
    labels.push({ at: x / width, label, anchor });
  }
  const fraction = (ms: number) => scale.x(ms) / width;
  const layout = {
    major: ticks.major.map((tick) => fraction(tick.ms)),
    minor: ticks.minor.map(fraction),
    labels,
    y,
  };
  const key = `${y.join()}|${ticks.major.map((tick) => tick.ms).join()};${ticks.minor.join()};${labels
    .map((label) => `${label.label}@${label.anchor}`)
    .join()}`;
  return { key, layout };
}
