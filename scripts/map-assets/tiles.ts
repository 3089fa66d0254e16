import type { FeatureCollection } from 'geojson';
import geojsonvt from 'geojson-vt';
import vtpbf from 'vt-pbf';
import { BASEMAP_LAYER, BASEMAP_MAX_ZOOM, writeTilePack } from '../../src/map/tile-pack.ts';

/** Units across a tile: at zoom 9 (16 times enlarged) a unit is two pixels, finer than the 1:50m shapes. */
const EXTENT = 4096;

/**
 * The basemap cut into vector tiles for zooms 0 to BASEMAP_MAX_ZOOM, packed in one file. The
 * lower zooms are simplified to 1.2 pixels (no change a reader sees, and a tenth less for software
 * WebGL to draw each frame than at 0.6); the highest keeps every point.
 */
export function buildTilePack(features: FeatureCollection): Uint8Array<ArrayBuffer> {
  const index = geojsonvt(features, {
    maxZoom: BASEMAP_MAX_ZOOM,
    indexMaxZoom: BASEMAP_MAX_ZOOM,
    indexMaxPoints: 0,
    extent: EXTENT,
    tolerance: (1.2 * EXTENT) / 512,
    buffer: (64 * EXTENT) / 512,
  });
  const tiles = new Map<string, Uint8Array>();
  for (const { z, x, y } of index.tileCoords) {
    const tile = index.getTile(z, x, y);
    if (tile?.features.length)
      tiles.set(
        `${z}/${x}/${y}`,
        vtpbf.fromGeojsonVt({ [BASEMAP_LAYER]: tile }, { version: 2, extent: EXTENT }),
      );
  }
  return writeTilePack(BASEMAP_MAX_ZOOM, tiles);
}
