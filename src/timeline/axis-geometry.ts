/**
 * The timeline's vertical layout (CSS px), shared by the canvas, hit-testing and the window
 * overlay. Ranges stack in thin lanes at the top, as many as the story overlaps (within limits);
 * single days sit in a strip of marker lanes just above the axis; the window's track is below.
 */

/** Lanes for single-day marks. */
export const POINT_LANES = 3;
const TOP = 6;
const BAR_LANE = 8;
const POINT_LANE = 12;
const TRACK = 36;
/** Height of the density strip, when the story has one. */
const HISTOGRAM = 26;
/** Range lanes: at least two, so the strip does not jump between stories; at most eight. */
const MIN_BAR_LANES = 2;
const MAX_BAR_LANES = 8;

/** Where everything sits, top to bottom. */
export interface AxisGeometry {
  readonly barLanes: number;
  readonly barTop: number;
  readonly barLaneHeight: number;
  readonly pointTop: number;
  readonly pointLaneHeight: number;
  /** The density strip (events per bucket), just above the axis line; 0 high when not drawn. */
  readonly histogramTop: number;
  readonly histogramHeight: number;
  /** The axis line; the band and shades stop here. */
  readonly axisY: number;
  /** Baseline of the tick labels. */
  readonly labelY: number;
  readonly canvasHeight: number;
  readonly trackTop: number;
  readonly trackHeight: number;
  /** The whole axis area. */
  readonly height: number;
}

/**
 * Stories with more events than this get the density strip: spread over an axis of 1,000 px or
 * less, their marks meet at every zoom that shows them all. A fixed count, not one measured
 * per zoom, so the strip never appears or goes as the reader zooms and the layout stays still.
 */
export const DENSE_FROM = 500;

/** The layout for a story's marks (none: an empty axis), as the app and the prerender draw it. */
export function storyAxisGeometry(
  marks: { readonly overlap: number; readonly count: number } | undefined,
): AxisGeometry {
  return axisGeometry(marks?.overlap ?? 0, (marks?.count ?? 0) > DENSE_FROM);
}

/**
 * The layout for a story whose ranges overlap `overlap` deep at most; `dense` adds the density
 * strip under the marks, so the window's band and shade cover it as they cover the marks.
 */
export function axisGeometry(overlap: number, dense = false): AxisGeometry {
  const barLanes = Math.min(Math.max(overlap, MIN_BAR_LANES), MAX_BAR_LANES);
  const pointTop = TOP + barLanes * BAR_LANE + 4;
  const histogramTop = pointTop + POINT_LANES * POINT_LANE + 3;
  const histogramHeight = dense ? HISTOGRAM : 0;
  const axisY = histogramTop + histogramHeight;
  const labelY = axisY + 18;
  const canvasHeight = labelY + 6;
  return {
    barLanes,
    barTop: TOP,
    barLaneHeight: BAR_LANE,
    pointTop,
    pointLaneHeight: POINT_LANE,
    histogramTop,
    histogramHeight,
    axisY,
    labelY,
    canvasHeight,
    trackTop: canvasHeight,
    trackHeight: TRACK,
    height: canvasHeight + TRACK,
  };
}

/**
 * Vertical centre of a lane. Lanes are numbered top to bottom: range lanes first
 * (0 … barLanes − 1), then point lanes.
 */
export function laneCentre(geometry: AxisGeometry, lane: number): number {
  if (lane < geometry.barLanes) return geometry.barTop + (lane + 0.5) * geometry.barLaneHeight;
  return geometry.pointTop + (lane - geometry.barLanes + 0.5) * geometry.pointLaneHeight;
}

/** The lane at a y offset, or undefined outside the lanes. */
export function laneAt(geometry: AxisGeometry, y: number): number | undefined {
  if (y >= geometry.pointTop) {
    const lane = Math.floor((y - geometry.pointTop) / geometry.pointLaneHeight);
    return lane < POINT_LANES ? geometry.barLanes + lane : undefined;
  }
  const lane = Math.floor((y - geometry.barTop) / geometry.barLaneHeight);
  return lane >= 0 && lane < geometry.barLanes
    ? lane
    : Math.min(Math.max(lane, 0), geometry.barLanes - 1);
}
