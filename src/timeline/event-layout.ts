/**
 * Where each event sits on the timeline, as flat arrays built once per story (10,000 events must
 * not cost 10,000 objects per frame), and the packing of marks into lanes at a given zoom.
 * No React, no canvas: drawing and hit-testing both read what this computes.
 */
import { kindTable, type KindLook } from '../story/kind-looks';
import type { Story } from '../story/story';
import { runSteps } from '../story/work-in-slices';
import { DAY_MS } from '../time/partial-date';
import type { TimeScale } from '../time/time-scale';
import type { TimeWindow } from '../time/time-window';

/**
 * How a mark shows what is known: a single known day is a point; a known range a solid bar; a
 * date known only to the month or year a hatched bar over that whole month or year; an
 * approximate date a bar (or point) with faded ends.
 */
export const MARK_STYLES = [
  'point',
  'bar',
  'coarse',
  'approximate-point',
  'approximate-bar',
] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

/** A story's events as parallel arrays, in the story's time order. */
export interface StoryMarks {
  readonly count: number;
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** True when some event gives a time of day: the axis may then zoom to hours. */
  readonly timed: boolean;
  /** The story's kinds, in legend order. */
  readonly looks: readonly KindLook[];
  /** Index into looks. */
  readonly kinds: Uint16Array;
  /** Index into MARK_STYLES. */
  readonly styles: Uint8Array;
  /** 1 for an event that is still a machine's guess (drawn with a dashed ring), else 0. */
  readonly guesses: Uint8Array;
  readonly indexOf: ReadonlyMap<string, number>;
  /** The most ranges (non-point marks) that overlap at any instant: how many lanes they need. */
  readonly overlap: number;
}

const cache = new WeakMap<Story, StoryMarks>();

function styleOf(precision: string, start: number, end: number): MarkStyle {
  const oneDay = end - start <= DAY_MS;
  if (precision === 'approximate') return oneDay ? 'approximate-point' : 'approximate-bar';
  if (precision === 'month' || precision === 'year') return 'coarse';
  return oneDay ? 'point' : 'bar';
}

/** The marks of a story, built once per story. */
export function storyMarks(story: Story): StoryMarks {
  return cache.get(story) ?? runSteps(buildMarks(story));
}

/** Events read in one step of the sliced build (buildInSlices runs as many as fit a slice). */
export const MARKS_SLICE = 1_000;

/**
 * A story's marks (cached, as storyMarks caches them) as steps for buildInSlices: at 100,000
 * events the whole build was one task of 0.7 s on a busy machine, before the story's first view.
 */
export function* storyMarksSteps(story: Story): Generator<void, StoryMarks> {
  return cache.get(story) ?? (yield* buildMarks(story));
}

/**
 * The build, pausing (yield) after each MARKS_SLICE events; caches what it returns. While it is
 * paused, a render that could not wait may build and cache the same story's marks: it then ends
 * with those, so the story has one set of marks.
 */
function* buildMarks(story: Story): Generator<void, StoryMarks> {
  const { events } = story;
  const count = events.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const looks = kindTable(story).kinds;
  const lookIndex = new Map(looks.map((look, index) => [look.id, index]));
  const kinds = new Uint16Array(count);
  const styles = new Uint8Array(count);
  const guesses = new Uint8Array(count);
  const ids: string[] = [];
  const titles: string[] = [];
  const indexOf = new Map<string, number>();
  let timed = false;
  for (let index = 0; index < count; index += 1) {
    if (index > 0 && index % MARKS_SLICE === 0) {
      yield;
      const built = cache.get(story);
      if (built) return built;
    }
    const event = events[index];
    if (!event) continue;
    guesses[index] = event.review?.status === 'guess' ? 1 : 0;
    starts[index] = event.time.start;
    ends[index] = event.time.end;
    kinds[index] = lookIndex.get(event.kind) ?? 0;
    styles[index] = MARK_STYLES.indexOf(
      styleOf(event.time.precision, event.time.start, event.time.end),
    );
    ids.push(event.id);
    titles.push(event.title);
    indexOf.set(event.id, index);
    timed ||= Boolean(event.time.startDate.time ?? event.time.endDate?.time);
  }
  const marks: StoryMarks = {
    count,
    ids,
    titles,
    starts,
    ends,
    timed,
    looks,
    kinds,
    styles,
    guesses,
    indexOf,
    overlap: rangeOverlap(starts, ends, styles),
  };
  cache.set(story, marks);
  return marks;
}

const POINT_STYLES = new Set([
  MARK_STYLES.indexOf('point'),
  MARK_STYLES.indexOf('approximate-point'),
]);

/** True for marks drawn as a point (a single day), false for ranges drawn as bars. */
function isPoint(marks: StoryMarks, index: number): boolean {
  return POINT_STYLES.has(marks.styles[index] ?? 0);
}

/**
 * Sweeps starts and ends in time order, counting open ranges. Starts and ends are sorted apart,
 * as numbers in typed arrays: a sort of [time, step] pairs with a comparator took 0.2 s at
 * 10,000 events and over a second at 100,000 on a busy machine, in the task before the first view.
 */
function rangeOverlap(starts: Float64Array, ends: Float64Array, styles: Uint8Array): number {
  let count = 0;
  for (let index = 0; index < starts.length; index += 1)
    if (!POINT_STYLES.has(styles[index] ?? 0)) count += 1;
  const opens = new Float64Array(count);
  const closes = new Float64Array(count);
  let range = 0;
  for (let index = 0; index < starts.length; index += 1) {
    if (POINT_STYLES.has(styles[index] ?? 0)) continue;
    opens[range] = starts[index] ?? 0;
    closes[range] = ends[index] ?? 0;
    range += 1;
  }
  opens.sort();
  closes.sort();
  let open = 0;
  let most = 0;
  let closed = 0;
  for (const start of opens) {
    // At the same instant, ends close before starts open: [a, b) and [b, c) do not overlap.
    while (closed < count && (closes[closed] ?? 0) <= start) {
      closed += 1;
      open -= 1;
    }
    open += 1;
    most = Math.max(most, open);
  }
  return most;
}

/** True for a style drawn as a point (a single day); false for the ranges drawn as bars. */
export function isPointStyle(style: MarkStyle): boolean {
  return style === 'point' || style === 'approximate-point';
}

/** The style of the mark at an index. */
export function styleAt(marks: StoryMarks, index: number): MarkStyle {
  return MARK_STYLES[marks.styles[index] ?? 0] ?? 'point';
}

/** A mark placed on screen: pixel extent along the axis and its lane (0 = top; ranges first, then points). */
export interface PlacedMark {
  readonly index: number;
  readonly x0: number;
  readonly x1: number;
  readonly lane: number;
}

/**
 * The marks on screen as parallel arrays (a 100,000-event story on one screen would otherwise
 * keep 100,000 objects alive, about 16 MB); position p is one mark.
 */
export interface PlacedMarks {
  readonly count: number;
  /** Index into the StoryMarks. */
  readonly index: Int32Array;
  readonly x0: Float64Array;
  readonly x1: Float64Array;
  readonly lane: Uint8Array;
}

/** The mark at a position, as one object (for the few marks drawn or named one at a time). */
export function placedMark(placed: PlacedMarks, position: number): PlacedMark {
  return {
    index: placed.index[position] ?? -1,
    x0: placed.x0[position] ?? 0,
    x1: placed.x1[position] ?? 0,
    lane: placed.lane[position] ?? 0,
  };
}

/** The placed mark of an event (by its index in the StoryMarks), if it is on screen. */
export function findPlaced(placed: PlacedMarks, index: number | undefined): PlacedMark | undefined {
  if (index === undefined) return undefined;
  const position = placed.index.indexOf(index);
  return position < 0 ? undefined : placedMark(placed, position);
}

/** Marker size for points (px); bars are never drawn thinner than MIN_BAR. */
export const POINT_SIZE = 10;
const MIN_BAR = 4;
const LANE_GAP = 3;

/** The horizontal extent a mark takes at this scale. */
function markExtent(marks: StoryMarks, index: number, scale: TimeScale): [number, number] {
  const x0 = scale.x(marks.starts[index] ?? 0);
  const x1 = scale.x(marks.ends[index] ?? 0);
  const style = styleAt(marks, index);
  if (isPointStyle(style)) {
    const centre = (x0 + x1) / 2;
    return [centre - POINT_SIZE / 2, centre + POINT_SIZE / 2];
  }
  return [x0, Math.max(x1, x0 + MIN_BAR)];
}

/**
 * Packs ranges into `barLanes` lanes and points into `pointLanes` lanes below them, first free
 * lane first, and returns the marks on screen. All marks are packed, not only the visible ones,
 * so panning never reshuffles lanes; when every lane is taken a mark shares the lane that frees
 * soonest.
 */
export function placeMarks(
  marks: StoryMarks,
  scale: TimeScale,
  barLanes: number,
  pointLanes: number,
): PlacedMarks {
  const barEnds = new Array<number>(Math.max(1, barLanes)).fill(-Infinity);
  const pointEnds = new Array<number>(Math.max(1, pointLanes)).fill(-Infinity);
  const index = new Int32Array(marks.count);
  const left = new Float64Array(marks.count);
  const right = new Float64Array(marks.count);
  const lanes = new Uint8Array(marks.count);
  let count = 0;
  for (let event = 0; event < marks.count; event += 1) {
    const [x0, x1] = markExtent(marks, event, scale);
    const point = isPoint(marks, event);
    const ends = point ? pointEnds : barEnds;
    let lane = ends.findIndex((end) => end + LANE_GAP <= x0);
    if (lane < 0) lane = ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(ends[lane] ?? -Infinity, x1);
    if (x1 >= 0 && x0 <= scale.width) {
      index[count] = event;
      left[count] = x0;
      right[count] = x1;
      lanes[count] = point ? barLanes + lane : lane;
      count += 1;
    }
  }
  // Trimmed copies: the full-length buffers would otherwise stay alive behind views of them.
  return {
    count,
    index: index.slice(0, count),
    x0: left.slice(0, count),
    x1: right.slice(0, count),
    lane: lanes.slice(0, count),
  };
}

/** The mark under a point: in that lane, within `tolerance` px, the nearest centre wins. */
export function hitMark(
  placed: PlacedMarks,
  x: number,
  lane: number,
  tolerance: number,
): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  for (let position = 0; position < placed.count; position += 1) {
    const x0 = placed.x0[position] ?? 0;
    const x1 = placed.x1[position] ?? 0;
    if (placed.lane[position] !== lane || x < x0 - tolerance || x > x1 + tolerance) continue;
    const inside = x >= x0 && x <= x1;
    const distance = inside ? 0 : Math.min(Math.abs(x - x0), Math.abs(x - x1));
    if (distance <= bestDistance) {
      best = placed.index[position];
      bestDistance = distance;
    }
  }
  return best;
}

/** Events wholly before and after the axis, and the nearest of each (for the edge buttons). */
export interface OutsideAxis {
  readonly before: number;
  readonly after: number;
  readonly nearestBefore: number | undefined;
  readonly nearestAfter: number | undefined;
}

/** Counts the events the axis does not show. */
export function outsideAxis(marks: StoryMarks, axis: TimeWindow): OutsideAxis {
  let before = 0;
  let after = 0;
  let nearestBefore: number | undefined;
  let nearestAfter: number | undefined;
  for (let index = 0; index < marks.count; index += 1) {
    const start = marks.starts[index] ?? 0;
    const end = marks.ends[index] ?? 0;
    if (end <= axis.from) {
      before += 1;
      if (nearestBefore === undefined || end > (marks.ends[nearestBefore] ?? 0))
        nearestBefore = index;
    } else if (start >= axis.to) {
      after += 1;
      nearestAfter ??= index;
    }
  }
  return { before, after, nearestBefore, nearestAfter };
}
