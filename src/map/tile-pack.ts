/**
 * The basemap's vector tiles in one file, made at build time (`scripts/map-assets/tiles.ts`) and
 * read in the map's worker: one request, stored whole for offline use, and nothing to tile at run
 * time. Layout: a 4-byte little-endian length, that many bytes of JSON (`TilePackIndex`), then the
 * tiles' bytes one after another.
 */
/** The source layer every basemap feature is in. */
export const BASEMAP_LAYER = 'basemap';
/** Tiles are cut down to this zoom, at full detail; MapLibre enlarges them beyond (the map goes to 9). */
export const BASEMAP_MAX_ZOOM = 5;

export interface TilePackIndex {
  maxzoom: number;
  /** `z/x/y` to [offset from the end of the index, length]. */
  tiles: Record<string, [number, number]>;
}

const key = (z: number, x: number, y: number) => `${z}/${x}/${y}`;

export function writeTilePack(maxzoom: number, tiles: Map<string, Uint8Array>): Uint8Array<ArrayBuffer> {
  const index: TilePackIndex = { maxzoom, tiles: {} };
  let offset = 0;
  for (const [at, bytes] of tiles) {
    index.tiles[at] = [offset, bytes.length];
    offset += bytes.length;
  }
  const head = new TextEncoder().encode(JSON.stringify(index));
  const out = new Uint8Array(4 + head.length + offset);
  new DataView(out.buffer).setUint32(0, head.length, true);
  out.set(head, 4);
  let at = 4 + head.length;
  for (const bytes of tiles.values()) {
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

export interface TilePack {
  maxzoom: number;
  /** A tile's bytes (a copy, the worker may hand it on), empty where the pack has none: open sea. */
  tile(z: number, x: number, y: number): ArrayBuffer;
}

export function readTilePack(buffer: ArrayBuffer): TilePack {
  const headLength = new DataView(buffer).getUint32(0, true);
  const index = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, headLength))) as TilePackIndex;
  const body = 4 + headLength;
  return {
    maxzoom: index.maxzoom,
    tile(z, x, y) {
      const entry = index.tiles[key(z, x, y)];
      return entry ? buffer.slice(body + entry[0], body + entry[0] + entry[1]) : new ArrayBuffer(0);
    },
  };
}

/**
 * The protocols that answer tile addresses: the map's worker's, or the page's in the one-file
 * edition, whose workers cannot read its files (MapLibre hands the page a request no worker answers).
 */
export const TILE_PROTOCOLS = { worker: 'basemap', page: 'basemap-page' } as const;

/** `basemap://{z}/{x}/{y}?pack=…`, the tile address template the style gives MapLibre. */
export function tileAddress(packUrl: string, answeredBy: keyof typeof TILE_PROTOCOLS): string {
  return `${TILE_PROTOCOLS[answeredBy]}://{z}/{x}/{y}?pack=${encodeURIComponent(packUrl)}`;
}

/** Read once per thread and kept: a dropped story's new map asks for the same tiles. */
const packs = new Map<string, Promise<TilePack>>();

/** Fetches and reads a tile pack, once. */
export function loadTilePack(url: string): Promise<TilePack> {
  let read = packs.get(url);
  if (!read) {
    read = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return readTilePack(await response.arrayBuffer());
    });
    // A failed load is tried again by the next request.
    read.catch(() => packs.delete(url));
    packs.set(url, read);
  }
  return read;
}

/** MapLibre's protocol handler for tile addresses. */
export async function answerTile({ url }: { url: string }): Promise<{ data: ArrayBuffer }> {
  const match = /^[\w-]+:\/\/(\d+)\/(\d+)\/(\d+)\?pack=(.+)$/.exec(url);
  if (!match) throw new Error(`${url}: not a basemap tile`);
  const [, z, x, y, pack = ''] = match;
  return { data: (await loadTilePack(decodeURIComponent(pack))).tile(Number(z), Number(x), Number(y)) };
}
