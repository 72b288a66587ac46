/**
 * The basemap's tile protocol: the style asks for `dateline-geo://{z}/{x}/{y}`, and the handler
 * registered here answers from a tile reader (tile-readers.ts).
 */
import { addProtocol } from 'maplibre-gl';
import type { TileReader } from './tile-readers';

export { MAX_TILE_ZOOM } from '../geo/tile-index';

/** The basemap source's tile URL: only this module's handler reads it. */
export const BASEMAP_TILE_URL = 'dateline-geo://{z}/{x}/{y}';
const PROTOCOL = 'dateline-geo';

let current: TileReader | undefined;
let registered = false;

const TILE_PATH = /^dateline-geo:\/\/(\d+)\/(\d+)\/(\d+)$/;

/**
 * Points the `dateline-geo:` protocol at `reader`. MapLibre registers protocols per page, and a
 * page holds one story's map at a time, so the latest reader wins.
 */
export function setTileReader(reader: TileReader): void {
  current = reader;
  if (registered) return;
  registered = true;
  addProtocol(PROTOCOL, async (params, controller) => {
    const match = TILE_PATH.exec(params.url);
    if (!match || !current) throw new Error(`Not a basemap tile: ${params.url}`);
    const [zoom, x, y] = [match[1], match[2], match[3]].map(Number);
    const data = await current(zoom ?? 0, x ?? 0, y ?? 0, controller.signal);
    return { data };
  });
}
