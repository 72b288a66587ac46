/** The GPU marks of a story, with the zoom below which they are density dots. */
import { pointFeaturesSteps } from '../event-features';
import type { MapTheme } from '../event-layers';
import type { Story } from '../../story/story';
import { runSteps } from '../../story/work-in-slices';
import { INSTANCE_FIELDS, INSTANCE_STRIDE, markDataSteps, type MarkData } from './mark-data';
import { separatingZoomSteps } from './mark-density';
import { TimeMarks } from './time-marks-layer';

/** The map's deepest zoom (MapView's maxZoom). */
const MAX_ZOOM = 10;

/** Zoom at which the story's markers stop overlapping; stacked markers count once. */
function* dotsBelowZoomSteps(data: MarkData): Generator<void, number> {
  // Only a stack's first member: the rest are spread around it on purpose.
  const x = new Float32Array(data.stackFirsts.length);
  const y = new Float32Array(data.stackFirsts.length);
  data.stackFirsts.forEach((first, i) => {
    x[i] = data.instances[first * INSTANCE_STRIDE + INSTANCE_FIELDS.x] ?? 0;
    y[i] = data.instances[first * INSTANCE_STRIDE + INSTANCE_FIELDS.y] ?? 0;
  });
  yield;
  return yield* separatingZoomSteps(x, y, MAX_ZOOM);
}

interface BuiltMarks {
  readonly data: MarkData;
  readonly dotsBelow: number;
}

const built = new WeakMap<Story, BuiltMarks>();

/**
 * The story's mark arrays and density zoom as steps, yielding between runs of markers, kept
 * per story (so a map started afterwards finds them built). timeMarksOf runs the same steps at
 * once when they are not. The marker features they are packed from are dropped once packed.
 */
export function* timeMarksDataSteps(story: Story): Generator<void, BuiltMarks> {
  let entry = built.get(story);
  if (!entry) {
    const data = yield* packedMarksSteps(story);
    entry = { data, dotsBelow: yield* dotsBelowZoomSteps(data) };
    built.set(story, entry);
  }
  return entry;
}

/** The story's markers packed, in a frame of their own so the features die with it. */
function* packedMarksSteps(story: Story): Generator<void, MarkData> {
  const { markers, circles } = yield* pointFeaturesSteps(story);
  return yield* markDataSteps(markers, circles);
}

/** Marks for the story; the arrays are built once per story and shared across themes. */
export function timeMarksOf(story: Story, theme: MapTheme): TimeMarks {
  const entry = runSteps(timeMarksDataSteps(story));
  return new TimeMarks(entry.data, theme, entry.dotsBelow);
}
