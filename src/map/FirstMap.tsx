/**
 * The map at first paint: the build writes a still SVG map of the story (every event in the
 * window, from the same geodata and pieces as the map shown without WebGL) into the map's box
 * of the prerendered page, so a reader sees where things happened before MapLibre has loaded,
 * framed as the live map will open (opening-camera.ts), so that map does not jump when it comes.
 * It is a placeholder, and looks like one: hidden from screen readers (the Events list says the
 * same), no pointer, and a note that the interactive map is loading. When the app takes the
 * page over, the drawing moves into the app's slot (prerender-takeover.ts) and stays over the
 * live map until that map has drawn every event.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CameraPosition } from '../geo/mercator';
import { useDateline } from '../state/store-context';
import { useMessages } from '../ui/messages-context';
import { FIRST_MAP } from './first-map-slot';
import { SHAPE_RADIUS } from './kind-icons';
import { openingCamera } from './opening-camera';
import type { HandoutGeo } from './static-map-geo';
import { StaticMapDrawing } from './StaticMapDrawing';
import { useStillMapScene } from './use-still-map-scene';

const WIDTH = 900;
const HEIGHT = 600;
/**
 * Where the live map opens on a camera of its own (opening-camera.ts: a story's view, a
 * presentation's first step) it keeps that zoom whatever the box's size: the still map is then
 * shown at that zoom, this many CSS px, centred in the box (first-map.css), so it shows what the
 * live map will show and the takeover does not jump from the story's whole region to that view.
 * Past a wider or taller box's edges the box's water shows until the live map has drawn: this
 * covers the map of a 1,920 × 1,080 screen, the app's (about 1,480 × 720 px) and a
 * presentation's (about 1,040 × 1,080).
 */
const AT_CAMERA_WIDTH = 1600;
const AT_CAMERA_HEIGHT = 1200;
/**
 * CSS px per px of the drawing at a camera: its marks and names come out at the live map's
 * sizes (the drawing is told the live map's px are this much larger: markerRadius below).
 */
const AT_CAMERA_SCALE = 0.7;
/**
 * The box an event's frame is worked out for (a presentation's map at 1,024 × 768 px): a small
 * place is shown at the closest zoom a selection gets in any box, a larger one about as framed.
 */
const FRAMING_BOX = { width: 1024, height: 345 };
/**
 * The map boxes' aspects the drawing fills: from an embed's tall frame on a phone (360 × 490 px,
 * 0.73) to a presentation's short map at 1024 × 768 (2.96) and in a small window (600 × 400,
 * 3.33). Past them the box's own water shows.
 */
const SHOWN_AT = [0.7, 3.4] as const;
/**
 * The basemap's simplification (px of a 900 px drawing): coarse enough to keep the page small
 * (it travels in every first-view page), and replaced within seconds by the live map.
 */
const TOLERANCE = 6;
/** Whole px: shown at most about twice its size, half a px is under the simplification's 6. */
const DECIMALS = 0;

/** The still first map, drawn once at build time from the basemap the build has read. */
export function FirstMap({ geo }: { readonly geo: HandoutGeo }) {
  const m = useMessages().firstMap;
  const opening = useDateline(useShallow((state) => openingCamera(state, FRAMING_BOX)));
  // The drawing's own px are 1 / AT_CAMERA_SCALE times as many: as at a zoom that much closer.
  const camera = useMemo(
    (): CameraPosition | undefined =>
      opening && { ...opening, zoom: opening.zoom - Math.log2(AT_CAMERA_SCALE) },
    [opening],
  );
  const { hasStory, ...scene } = useStillMapScene(
    camera ? AT_CAMERA_WIDTH / AT_CAMERA_SCALE : WIDTH,
    camera ? AT_CAMERA_HEIGHT / AT_CAMERA_SCALE : HEIGHT,
    camera ? { camera } : {},
  );
  if (!hasStory) return null;
  return (
    <div
      className={camera ? `${FIRST_MAP} ${FIRST_MAP}--at-camera` : FIRST_MAP}
      aria-hidden="true"
      data-events={scene.events.length}
    >
      <StaticMapDrawing
        {...scene}
        geo={geo}
        fit="meet"
        label={undefined}
        size={camera ? { width: AT_CAMERA_WIDTH, height: AT_CAMERA_HEIGHT } : undefined}
        shownAt={camera ? undefined : SHOWN_AT}
        tolerance={TOLERANCE}
        decimals={DECIMALS}
        markerRadius={camera ? SHAPE_RADIUS / AT_CAMERA_SCALE : undefined}
        latinFaceOnly
      />
      <p className="first-map__note">{m.loading}</p>
    </div>
  );
}
