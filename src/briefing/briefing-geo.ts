/**
 * Which basemap a story's briefing carries, decided once for the build (vite.briefing.config.ts,
 * reading public/geo/ from the disk) and for the browser (Export briefing, fetching it from the
 * app's own origin): the tiles around the story's placed events, and the region that the
 * handout's world and labels are cut to.
 */
import { geometryBounds, placeBounds } from '../geo/event-bounds';
import type { BBox } from '../geo/geometry';
import type { Story } from '../story/story';
import { BRIEFING_MAX_TILE_ZOOM, briefingRegion, briefingTiles } from './briefing-tiles';

/** The basemap's GeoJSON files a briefing carries: the handout's world and the labels. */
export const BRIEFING_GEO_FILES = ['world.geojson', 'labels.geojson'];

export interface BriefingGeoSelection {
  /** "z/x/y" keys of the tiles to carry, among those the basemap has. */
  readonly tiles: readonly string[];
  /** The box the GeoJSON files are cut to (featuresWithin). */
  readonly region: BBox;
}

/** The tiles and the region a story's briefing needs, given the tiles the basemap has. */
export function briefingGeoSelection(
  story: Story,
  present: ReadonlySet<string>,
): BriefingGeoSelection {
  const places = story.events.flatMap((event) => (event.place ? [event.place] : []));
  const areas = places.map((place) => placeBounds(place));
  const tiles = briefingTiles(
    areas,
    places.map((place) => geometryBounds(place.geometry)),
    BRIEFING_MAX_TILE_ZOOM,
  ).filter((key) => present.has(key));
  return { tiles, region: briefingRegion(areas) };
}
