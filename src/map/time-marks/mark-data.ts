/**
 * The story's point marks as flat arrays for the GPU: one instance per marker, with its place,
 * its time (encoded, see time-encoding.ts), its offset in a stack, its image in the atlas, its
 * kind's colour and its circle of doubt. Built once per story; the window, the selection and the
 * hover are uniforms, so nothing here changes while the reader scrubs.
 */
import type { FeatureCollection, Point } from 'geojson';
import { mercatorX, mercatorY } from '../../geo/mercator';
import type { CircleProperties, MarkerProperties } from '../event-features';
import { parseIconName } from '../event-layers';
import type { IconSpec } from '../kind-icons';
import { runSteps } from '../../story/work-in-slices';
import { stackOffset } from '../marker-stacks';
import { encodeEnd, encodeStart, timeEncoding, type TimeEncoding } from './time-encoding';

/** Floats per instance, in this order (see mark-shaders.ts). */
export const INSTANCE_FIELDS = {
  x: 0,
  y: 1,
  start: 2,
  end: 3,
  offsetX: 4,
  offsetY: 5,
  icon: 6,
  red: 7,
  green: 8,
  blue: 9,
  radius0: 10,
  /** 1 for a machine's unconfirmed guess, drawn with a dashed ring. */
  guess: 11,
} as const;
export const INSTANCE_STRIDE = 12;

/** The marks of a story, ready for a vertex buffer. */
export interface MarkData {
  readonly count: number;
  /** Event id of each instance (an event on a line has a mark at each end). */
  readonly ids: readonly string[];
  /** INSTANCE_STRIDE floats per instance. */
  readonly instances: Float32Array;
  /** Exact start and end (UTC ms) of each instance, for picking in JavaScript. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** The marker images the atlas holds, in atlas order. */
  readonly icons: readonly IconSpec[];
  readonly encoding: TimeEncoding;
  /** Instances that are alone at their place or first in their stack (marker-stacks.ts). */
  readonly stackFirsts: readonly number[];
  /** The first instance of each event id. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** How many instances are guesses: with none, the map skips the pass that rings them. */
  readonly guesses: number;
}

function rgb(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1, 7), 16);
  if (!/^#[0-9a-f]{6}$/i.test(color) || Number.isNaN(value)) return [0.33, 0.33, 0.33];
  return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255];
}

/** Packs the marker features (with their circles of doubt, by event id) into instances. */
export function markData(
  markers: FeatureCollection<Point, MarkerProperties>,
  circles: FeatureCollection<Point, CircleProperties>,
): MarkData {
  return runSteps(markDataSteps(markers, circles));
}

/** Markers packed between two chances to yield. */
const MARKERS_PER_STEP = 2048;

/** markData as steps, yielding between runs of markers (100,000 took 0.35–0.5 s at once). */
export function* markDataSteps(
  markers: FeatureCollection<Point, MarkerProperties>,
  circles: FeatureCollection<Point, CircleProperties>,
): Generator<void, MarkData> {
  const features = markers.features;
  const count = features.length;
  const radius0 = new Map(circles.features.map((f) => [f.properties.id, f.properties.radius0]));
  yield;
  let first = Infinity;
  let last = -Infinity;
  for (const { properties } of features) {
    first = Math.min(first, properties.start);
    last = Math.max(last, properties.end);
  }
  const encoding = timeEncoding(
    Number.isFinite(first) ? first : 0,
    Number.isFinite(last) ? last : 0,
  );
  const instances = new Float32Array(count * INSTANCE_STRIDE);
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const ids: string[] = [];
  const stackFirsts: number[] = [];
  const indexOf = new Map<string, number>();
  const iconIndex = new Map<string, number>();
  const icons: IconSpec[] = [];
  const F = INSTANCE_FIELDS;
  let guesses = 0;
  for (const [i, { geometry, properties: p }] of features.entries()) {
    if (i % MARKERS_PER_STEP === MARKERS_PER_STEP - 1) yield;
    const [lon = 0, lat = 0] = geometry.coordinates;
    // The same name the map's icon-image expression builds (iconNameExpression).
    const name = `dateline-${p.look}-${p.approximate ? 'hollow' : 'solid'}${p.isRange ? '-range' : ''}`;
    let icon = iconIndex.get(name);
    const spec = parseIconName(name);
    if (icon === undefined && spec) {
      icon = icons.push(spec) - 1;
      iconIndex.set(name, icon);
    }
    const [offsetX, offsetY] = stackOffset(Math.floor(p.slot / 100), p.slot % 100);
    const [red, green, blue] = rgb(p.color);
    const at = i * INSTANCE_STRIDE;
    instances[at + F.x] = mercatorX(lon);
    instances[at + F.y] = mercatorY(lat);
    instances[at + F.start] = encodeStart(encoding, p.start);
    instances[at + F.end] = encodeEnd(encoding, p.end);
    instances[at + F.offsetX] = offsetX;
    instances[at + F.offsetY] = offsetY;
    instances[at + F.icon] = icon ?? 0;
    instances[at + F.red] = red;
    instances[at + F.green] = green;
    instances[at + F.blue] = blue;
    // A line's second mark carries no second circle.
    instances[at + F.radius0] = indexOf.has(p.id) ? 0 : (radius0.get(p.id) ?? 0);
    instances[at + F.guess] = p.guess ? 1 : 0;
    if (p.guess) guesses += 1;
    starts[i] = p.start;
    ends[i] = p.end;
    ids.push(p.id);
    if (!indexOf.has(p.id)) indexOf.set(p.id, i);
    if (p.slot % 100 === 0) stackFirsts.push(i);
  }
  return {
    count,
    ids,
    instances,
    starts,
    ends,
    icons,
    encoding,
    stackFirsts,
    indexOf,
    guesses,
  };
}
