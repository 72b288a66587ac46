/** The basemap's tile index (public/geo/tiles/index.json, written by `npm run geo`). */
// Before any schema is built: parse without eval (strict Content Security Policy).
import '../story/zod-jitless';
import { z } from 'zod';

/** The map zooms out no further: its 512 px tiles of zoom 0 are never asked for. */
export const MAP_MIN_ZOOM = 1;

/** The last zoom with its own tiles (scripts/build-geo.mjs); the map overzooms past it. */
export const MAX_TILE_ZOOM = 6;

const tileIndexSchema = z.object({
  minzoom: z.number().int(),
  maxzoom: z.number().int(),
  tiles: z.record(z.string(), z.array(z.string())),
});

/** The set of "z/x/y" keys of the tiles that exist (the open sea between them has none). */
export function parseTileIndex(json: unknown): Set<string> {
  const index = tileIndexSchema.parse(json);
  return new Set(
    Object.entries(index.tiles).flatMap(([zoom, tiles]) => tiles.map((xy) => `${zoom}/${xy}`)),
  );
}
