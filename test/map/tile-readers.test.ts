// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { carriedTiles, fetchTiles, gunzipTile, pageTiles } from '../../src/map/tile-readers';

const TILE = new Uint8Array([0x1a, 0x02, 0x08, 0x01]);
const INDEX = { minzoom: 0, maxzoom: 6, tiles: { '5': ['43/24'] } };

function fakeOrigin() {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: URL) => {
    asked.push(url.href);
    if (url.pathname.endsWith('index.json')) return new Response(JSON.stringify(INDEX));
    if (url.pathname.endsWith('5/43/24.pbf.gz')) return new Response(gzipSync(TILE));
    return new Response('', { status: 404 });
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('basemap tile readers', () => {
  it('unzips a stored tile', async () => {
    const bytes = await gunzipTile(new Uint8Array(gzipSync(TILE)));
    expect(new Uint8Array(bytes)).toEqual(TILE);
  });

  it('passes on a tile the server already unzipped', async () => {
    expect(new Uint8Array(await gunzipTile(TILE.slice()))).toEqual(TILE);
  });

  it('fetches a listed tile from the page origin and unzips it', async () => {
    const asked = fakeOrigin();
    const read = fetchTiles('http://app.test/geo/');
    expect(new Uint8Array(await read(5, 43, 24))).toEqual(TILE);
    expect(asked).toEqual([
      'http://app.test/geo/tiles/index.json',
      'http://app.test/geo/tiles/5/43/24.pbf.gz',
    ]);
  });

  it('asks for the index as soon as it is made, before any tile (the page preloads it)', () => {
    const asked = fakeOrigin();
    fetchTiles('http://app.test/geo/');
    expect(asked).toEqual(['http://app.test/geo/tiles/index.json']);
  });

  it('reports a failed index with the tile that needed it, and asks again for the next', async () => {
    let indexAnswers = 0;
    vi.stubGlobal('fetch', async (url: URL) => {
      if (!url.pathname.endsWith('index.json')) return new Response(gzipSync(TILE));
      indexAnswers += 1;
      return indexAnswers === 1
        ? new Response('', { status: 503 })
        : new Response(JSON.stringify(INDEX));
    });
    const read = fetchTiles('http://app.test/geo/');
    await expect(read(5, 43, 24)).rejects.toThrow('Basemap tile index: HTTP 503');
    expect(new Uint8Array(await read(5, 43, 24))).toEqual(TILE);
    expect(indexAnswers).toBe(2);
  });

  it('keeps one reader per geo folder for the page, so the index is asked for once', () => {
    const asked = fakeOrigin();
    const first = pageTiles('http://page.test/geo/');
    expect(pageTiles('http://page.test/geo/')).toBe(first);
    expect(pageTiles('http://other.test/geo/')).not.toBe(first);
    expect(asked).toEqual([
      'http://page.test/geo/tiles/index.json',
      'http://other.test/geo/tiles/index.json',
    ]);
  });

  it('answers an unlisted tile (open sea) as empty without asking the server', async () => {
    const asked = fakeOrigin();
    const read = fetchTiles('http://app.test/geo/');
    expect((await read(5, 0, 0)).byteLength).toBe(0);
    expect(asked).toEqual(['http://app.test/geo/tiles/index.json']);
  });

  it('gives a new empty buffer each time: MapLibre detaches the ones it sends to its worker', async () => {
    const read = carriedTiles(new Map());
    const [a, b] = await Promise.all([read(1, 0, 0), read(1, 1, 0)]);
    expect(a).not.toBe(b);
  });

  it('reads a briefing’s carried tiles without fetching', async () => {
    const asked = fakeOrigin();
    const read = carriedTiles(new Map([['5/43/24', new Uint8Array(gzipSync(TILE))]]));
    expect(new Uint8Array(await read(5, 43, 24))).toEqual(TILE);
    expect(asked).toEqual([]);
  });
});
