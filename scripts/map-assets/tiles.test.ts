import { describe, expect, it } from 'vitest';
import { BASEMAP_MAX_ZOOM, readTilePack } from '../../src/map/tile-pack.ts';
import { buildMapAssets } from './plugin.ts';

describe('basemap tiles', () => {
  const { tiles } = buildMapAssets();
  const pack = readTilePack(tiles.buffer);
  const text = (buffer: ArrayBuffer) => new TextDecoder().decode(buffer);

  it('covers the world at the widest view and stops at the zoom the style names', () => {
    expect(pack.maxzoom).toBe(BASEMAP_MAX_ZOOM);
    expect(text(pack.tile(0, 0, 0))).toContain('CHN');
  });

  it('holds Kazakhstan, its name and its neighbours in the closest tile around Astana', () => {
    // Astana (71.4° E, 51.1° N) is in tile 22/10 at zoom 5.
    const astana = text(pack.tile(5, 22, 10));
    for (const value of ['KAZ', 'country', 'border', 'name_zh']) expect(astana).toContain(value);
  });

  it('leaves open sea out', () => {
    // The South Pacific between French Polynesia and Chile, at zoom 5.
    expect(pack.tile(5, 3, 20).byteLength).toBe(0);
  });
});
