/**
 * A repaint for a change only the story's marks show: a scrub step, a hover or a selection moves
 * a uniform or a one-mark buffer of the GPU marks (a large story), or the feature state of a
 * small story's layers (map-sync.ts), and no label, tile or camera changes with it.
 *
 * The map runs with a fade of 0 (MapView.tsx: labels show at once where they are placed), and
 * MapLibre then places every label afresh on every frame (Style._updatePlacement forces a full
 * placement when the fade is 0): a step's frame paid 1–4 ms of placement and most of its
 * allocation for labels that had not moved (bench:scrub --profile, drag at 10,000 events). For the
 * one frame such a change asks for, the fade is a millisecond instead: MapLibre then places only
 * if its inputs changed (the camera moved, tiles came), and a placement made then still shows at
 * once (a fade of 1 ms is over by the next frame). The frame after is back at 0.
 */

/** The map's fade for a marks-only frame: not 0 (which forces a placement), too short to see. */
export const MARKS_FRAME_FADE_MS = 1;

/** What of MapLibre's map a marks-only repaint uses (its `_fadeDuration` is read per frame). */
export interface RepaintableMap {
  _fadeDuration: number;
  triggerRepaint(): void;
  once(type: 'render', listener: () => void): unknown;
}

/** Maps whose next frame already has the short fade, with the fade to put back after it. */
const shortened = new WeakMap<RepaintableMap, number>();

/** Maps whose next frame was asked for by a change of the marks, until that frame is drawn. */
const asked = new WeakSet<object>();

/**
 * True while the frame being drawn (or the next) was asked for by a change only the marks show:
 * the frames worth copying the basemap for (basemap-snapshot.ts).
 */
export const marksFrameAsked = (map: object): boolean => asked.has(map);

/** Asks for a frame that redraws the marks without placing the labels again (see above). */
export function repaintMarks(map: RepaintableMap): void {
  if (!asked.has(map)) {
    asked.add(map);
    map.once('render', () => asked.delete(map));
  }
  if (map._fadeDuration === 0 && !shortened.has(map)) {
    shortened.set(map, map._fadeDuration);
    map._fadeDuration = MARKS_FRAME_FADE_MS;
    // 'render' fires at the end of the frame that read the fade: the next one places as before.
    map.once('render', () => {
      map._fadeDuration = shortened.get(map) ?? 0;
      shortened.delete(map);
    });
  }
  map.triggerRepaint();
}
