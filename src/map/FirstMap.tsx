/**
 * The map at first paint: the build writes a still SVG map of the story (every event in the
 * window, from the same geodata and pieces as the map shown without WebGL) into the map's box
 * of the prerendered page, so a reader sees where things happened before MapLibre has loaded.
 * It is a placeholder, and looks like one: hidden from screen readers (the Events list says the
 * same), no pointer, and a note that the interactive map is loading. When the app takes the
 * page over, the drawing moves into the app's slot (prerender-takeover.ts) and stays over the
 * live map until that map has drawn every event.
 */
import { useMessages } from '../ui/messages-context';
import { FIRST_MAP } from './first-map-slot';
import type { HandoutGeo } from './static-map-geo';
import { StaticMapDrawing } from './StaticMapDrawing';
import { useStillMapScene } from './use-still-map-scene';

const WIDTH = 900;
const HEIGHT = 600;
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
  const { hasStory, ...scene } = useStillMapScene(WIDTH, HEIGHT);
  if (!hasStory) return null;
  return (
    <div className={FIRST_MAP} aria-hidden="true" data-events={scene.events.length}>
      <StaticMapDrawing
        {...scene}
        geo={geo}
        fit="meet"
        label={undefined}
        shownAt={SHOWN_AT}
        tolerance={TOLERANCE}
        decimals={DECIMALS}
      />
      <p className="first-map__note">{m.loading}</p>
    </div>
  );
}
