/** The GPU mark under a pointer event, as the map's hover and click handlers want it. */
import type { LonLat } from '../../geo/geometry';
import { mercatorX, mercatorY, unproject } from '../../geo/mercator';
import { INSTANCE_FIELDS, INSTANCE_STRIDE } from './mark-data';
import { pickMark } from './mark-picking';
import type { TimeMarks } from './time-marks-layer';

/** How far from a marker's centre a pointer still touches it, px (a finger's width for taps). */
const MARKER_REACH = 12;
/** The same for a density dot. */
const DOT_REACH = 6;

/** The event whose mark is nearest the pointer within reach, and where its mark is. */
export function markTargetAt(
  marks: TimeMarks | undefined,
  pointer: { readonly lngLat: { lng: number; lat: number }; readonly zoom: number },
  window: { readonly from: number; readonly to: number },
): { id: string; position: LonLat } | undefined {
  if (!marks) return undefined;
  const dots = marks.dotsAt(pointer.zoom);
  const index = pickMark(marks.data, marks.grid, {
    x: mercatorX(pointer.lngLat.lng),
    y: mercatorY(pointer.lngLat.lat),
    zoom: pointer.zoom,
    radius: dots ? DOT_REACH : MARKER_REACH,
    from: window.from,
    to: window.to,
    dots,
  });
  const id = marks.data.ids[index];
  if (index < 0 || id === undefined) return undefined;
  const at = index * INSTANCE_STRIDE;
  const x = marks.data.instances[at + INSTANCE_FIELDS.x] ?? 0;
  const y = marks.data.instances[at + INSTANCE_FIELDS.y] ?? 0;
  return { id, position: unproject(x, y) };
}
