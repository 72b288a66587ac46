/** The GPU marks of a story's features, with the zoom below which they are density dots. */
import type { EventFeatures } from '../event-features';
import type { MapTheme } from '../event-layers';
import { INSTANCE_FIELDS, INSTANCE_STRIDE, markData, type MarkData } from './mark-data';
import { separatingZoom } from './mark-density';
import { TimeMarks } from './time-marks-layer';

/** The map's deepest zoom (MapView's maxZoom). */
const MAX_ZOOM = 10;

/** Zoom at which the story's markers stop overlapping; stacked markers count once. */
export function dotsBelowZoom(data: MarkData): number {
  // Only a stack's first member: the rest are spread around it on purpose.
  const at = data.stackFirsts.map((i) => i * INSTANCE_STRIDE);
  const x = at.map((i) => data.instances[i + INSTANCE_FIELDS.x] ?? 0);
  const y = at.map((i) => data.instances[i + INSTANCE_FIELDS.y] ?? 0);
  return separatingZoom(x, y, MAX_ZOOM);
}

const built = new WeakMap<EventFeatures, { data: MarkData; dotsBelow: number }>();

/** Marks for the features; the arrays are built once per story and shared across themes. */
export function timeMarksOf(features: EventFeatures, theme: MapTheme): TimeMarks {
  let entry = built.get(features);
  if (!entry) {
    const data = markData(features.markers, features.circles);
    entry = { data, dotsBelow: dotsBelowZoom(data) };
    built.set(features, entry);
  }
  return new TimeMarks(entry.data, theme, entry.dotsBelow);
}
