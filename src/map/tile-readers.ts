/**
 * Where the basemap's vector tiles come from: the files in public/geo/tiles/ on the page's own
 * origin, or the tiles an offline briefing carries inside itself (a file:// page cannot fetch).
 * Tiles are stored gzipped, so they cost the same on any static server; the page unzips them.
 */
import { parseTileIndex } from '../geo/tile-index';

/** A tile's bytes by its coordinates; an empty buffer where the tile holds nothing (open sea). */
export type TileReader = (
  z: number,
  x: number,
  y: number,
  signal?: AbortSignal,
) => Promise<ArrayBuffer>;

/** A gzip member starts with these two bytes; a server may already have unzipped it. */
const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The tile's protobuf bytes, unzipped in the browser. */
export async function gunzipTile(bytes: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  if (!isGzip(bytes)) return bytes.slice().buffer;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

/** A new empty tile each time: MapLibre hands the buffer to its worker, which detaches it. */
const empty = () => new ArrayBuffer(0);

/** Reads tiles from `geoBaseUrl` (public/geo/, ending in a slash) over the page's origin. */
export function fetchTiles(geoBaseUrl: string): TileReader {
  let index: Promise<Set<string>> | undefined;
  const loadIndex = async () => {
    const response = await fetch(new URL('tiles/index.json', geoBaseUrl));
    if (!response.ok) throw new Error(`Basemap tile index: HTTP ${response.status}`);
    return parseTileIndex(await response.json());
  };
  return async (zoom, x, y, signal) => {
    index ??= loadIndex();
    if (!(await index).has(`${zoom}/${x}/${y}`)) return empty();
    const url = new URL(`tiles/${zoom}/${x}/${y}.pbf.gz`, geoBaseUrl);
    const response = await fetch(url, signal ? { signal } : {});
    if (!response.ok) throw new Error(`Basemap tile ${zoom}/${x}/${y}: HTTP ${response.status}`);
    return gunzipTile(new Uint8Array(await response.arrayBuffer()));
  };
}

/** Reads tiles from gzipped bytes in hand, by "z/x/y"; tiles not carried are empty. */
export function carriedTiles(tiles: ReadonlyMap<string, Uint8Array<ArrayBuffer>>): TileReader {
  return async (zoom, x, y) => {
    const bytes = tiles.get(`${zoom}/${x}/${y}`);
    return bytes ? gunzipTile(bytes) : empty();
  };
}
