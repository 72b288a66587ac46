/**
 * The timeline's marks and ticks as the build's prerender draws them (StillAxis.tsx), before any
 * script runs. The page's width is not known at build time, so every position along the axis is
 * a fraction of its width, and lanes and ticks are laid out for a narrow axis (STILL_AXIS_PX):
 * marks that share a lane there never overlap on a wider one, and the ticks are the canvas's
 * for that width, so their labels do not meet. No React, no DOM.
 */
import type { Locale } from '../i18n/locale';
import { axisTicks } from '../time/time-ticks';
import { createTimeScale } from '../time/time-scale';
import type { TimeWindow } from '../time/time-window';
import { laneCentre, POINT_LANES, type AxisGeometry } from './axis-geometry';
import { fadeFraction } from './draw-marks';
import {
  isPointStyle,
  placeMarks,
  placedMark,
  styleAt,
  type MarkStyle,
  type StoryMarks,
} from './event-layout';

/** The axis width the still drawing is laid out for: the app's at about 1,000 px wide. */
export const STILL_AXIS_PX = 360;

/**
 * The most events drawn: each mark is a few SVG elements in the page's HTML, which a reader
 * downloads before anything else. A bigger story's timeline waits for the canvas, as before.
 */
export const STILL_AXIS_MOST = 200;

/** One mark: along the axis as fractions of its width, across it in CSS px. */
export interface StillMark {
  readonly style: MarkStyle;
  /** Index into the story marks' kinds (legend order). */
  readonly kind: number;
  readonly guess: boolean;
  /** A bar's left and right edges, clipped to the axis; a point's centre is both. */
  readonly from: number;
  readonly to: number;
  /** The lane's centre. */
  readonly y: number;
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
  /** Where the label hangs from its tick: kept inside the axis at its ends, as the canvas does. */
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface StillAxisDrawing {
  readonly marks: readonly StillMark[];
  /** Ticks along the axis, as fractions of its width: major ones carry a gridline. */
  readonly major: readonly number[];
  readonly minor: readonly number[];
  readonly labels: readonly StillLabel[];
}

/** A tick label's width in px at 12 px, about (the canvas measures; the build cannot). */
const labelPx = (label: string) => label.length * 6.6;

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
  for (let position = 0; position < placed.count; position += 1) {
    const mark = placedMark(placed, position);
    const style = styleAt(marks, mark.index);
    const point = isPointStyle(style);
    const centre = fraction((mark.x0 + mark.x1) / 2);
    const barPx = mark.x1 - mark.x0;
    drawn.push({
      style,
      kind: marks.kinds[mark.index] ?? 0,
      guess: marks.guesses[mark.index] === 1,
      from: point ? centre : fraction(mark.x0),
      to: point ? centre : fraction(mark.x1),
      y: laneCentre(geometry, mark.lane),
      fade: style === 'approximate-bar' ? fadeFraction(barPx) : 0,
    });
  }
  const ticks = axisTicks(axis, STILL_AXIS_PX, marks.timed ? 'hour' : 'day', locale);
  const labels: StillLabel[] = [];
  let lastRight = -Infinity;
  for (const { ms, label } of ticks.major) {
    const x = scale.x(ms);
    const half = labelPx(label) / 2 + 2;
    const centre = Math.min(Math.max(x, half), STILL_AXIS_PX - half);
    // A label that would meet the one before is left out, as the canvas leaves it out.
    if (centre - half < lastRight + 8) continue;
    lastRight = centre + half;
    const anchor = x < half ? 'start' : x > STILL_AXIS_PX - half ? 'end' : 'middle';
    labels.push({ at: fraction(x), label, anchor });
  }
  const at = (ms: number) => fraction(scale.x(ms));
  return {
    marks: drawn,
    major: ticks.major.map((tick) => at(tick.ms)),
    minor: ticks.minor.map(at),
    labels,
  };
}
