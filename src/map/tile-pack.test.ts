import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerTile, readTilePack, tileAddress, writeTilePack } from './tile-pack';

const bytes = (...values: number[]) => new Uint8Array(values);
const arrayBuffer = (pack: Uint8Array<ArrayBuffer>) => pack.buffer;
const packOf = (tiles: Record<string, Uint8Array>) => writeTilePack(5, new Map(Object.entries(tiles)));

afterEach(() => vi.unstubAllGlobals());

describe('tile pack', () => {
  it('gives back each tile it was made with, and nothing for open sea', () => {
    const pack = readTilePack(arrayBuffer(packOf({ '0/0/0': bytes(1, 2, 3), '5/22/10': bytes(9) })));
    expect(pack.maxzoom).toBe(5);
    expect([...new Uint8Array(pack.tile(0, 0, 0))]).toEqual([1, 2, 3]);
    expect([...new Uint8Array(pack.tile(5, 22, 10))]).toEqual([9]);
    expect(pack.tile(5, 0, 0).byteLength).toBe(0);
  });

  it('answers a tile address from the pack it names, fetching the pack once', async () => {
    const file = packOf({ '3/5/2': bytes(7, 7) });
    const fetch = vi.fn(async () => new Response(arrayBuffer(file)));
    vi.stubGlobal('fetch', fetch);
    const template = tileAddress('http://example.test/assets/tiles one.bin', 'worker');
    const address = (z: number, x: number, y: number) =>
      template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
    expect([...new Uint8Array((await answerTile({ url: address(3, 5, 2) })).data)]).toEqual([7, 7]);
    expect((await answerTile({ url: address(3, 5, 3) })).data.byteLength).toBe(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('http://example.test/assets/tiles one.bin');
  });

  it('says which address it cannot answer', async () => {
    await expect(answerTile({ url: 'basemap://all' })).rejects.toThrow('basemap://all: not a basemap tile');
  });

  it("gives the one-file edition's tiles to the page's protocol, the others to the worker's", () => {
    expect(tileAddress('blob:x', 'page')).toMatch(/^basemap-page:\/\/\{z\}/);
    expect(tileAddress('http://x/t.bin', 'worker')).toMatch(/^basemap:\/\/\{z\}/);
  });
});
