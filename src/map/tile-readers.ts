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

async function loadIndex(geoBaseUrl: string): Promise<Set<string>> {
  const response = await fetch(new URL('tiles/index.json', geoBaseUrl));
  if (!response.ok) throw new Error(`Basemap tile index: HTTP ${response.status}`);
  return parseTileIndex(await response.json());
}

/** A new empty tile each time: MapLibre hands the buffer to its worker, which detaches it. */
const empty = () => new ArrayBuffer(0);

/**
 * Reads tiles from `geoBaseUrl` (public/geo/, ending in a slash) over the page's origin. The
 * index is asked for at once, not with the first tile: the page preloads it (prerender.mjs), and
 * the first tile came 2-3 s after the load event in software GL, so Chromium warned that the
 * preload went unused and the first tile waited for one more round trip.
 */
export function fetchTiles(geoBaseUrl: string): TileReader {
  const askForIndex = () => {
    const asked = loadIndex(geoBaseUrl);
    // A failure is reported by the tile that needs the index; until then it is not unhandled.
    asked.catch(() => undefined);
    return asked;
  };
  let index = askForIndex();
  return async (zoom, x, y, signal) => {
    const listed = await index.catch((error: unknown) => {
      // Asked again by the next tile: a network that failed once may answer now.
      index = askForIndex();
      throw error;
    });
    if (!listed.has(`${zoom}/${x}/${y}`)) return empty();
    const url = new URL(`tiles/${zoom}/${x}/${y}.pbf.gz`, geoBaseUrl);
    const response = await fetch(url, signal ? { signal } : {});
    if (!response.ok) throw new Error(`Basemap tile ${zoom}/${x}/${y}: HTTP ${response.status}`);
    return gunzipTile(new Uint8Array(await response.arrayBuffer()));
  };
}

const pageReaders = new Map<string, TileReader>();

/**
 * The page's one reader for `geoBaseUrl`, made on the first call: the map view asks for it as it
 * renders, and React may render a view more than once before it commits one (each asked for the
 * index again, four times in one load).
 */
export function pageTiles(geoBaseUrl: string): TileReader {
  const known = pageReaders.get(geoBaseUrl);
  if (known) return known;
  const reader = fetchTiles(geoBaseUrl);
  pageReaders.set(geoBaseUrl, reader);
  return reader;
}

/** Reads tiles from gzipped bytes in hand, by "z/x/y"; tiles not carried are empty. */
export function carriedTiles(tiles: ReadonlyMap<string, Uint8Array<ArrayBuffer>>): TileReader {
  return async (zoom, x, y) => {
    const bytes = tiles.get(`${zoom}/${x}/${y}`);
    return bytes ? gunzipTile(bytes) : empty();
  };
}
