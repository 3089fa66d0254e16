/** The parts of geojson-vt and vt-pbf the build step uses (neither ships its own types). */
declare module 'geojson-vt' {
  import type { FeatureCollection } from 'geojson';

  export interface Tile {
    features: unknown[];
  }
  export interface Index {
    tileCoords: { z: number; x: number; y: number }[];
    getTile(z: number, x: number, y: number): Tile | null;
  }
  export default function geojsonvt(data: FeatureCollection, options: Record<string, number>): Index;
}

declare module 'vt-pbf' {
  import type { Tile } from 'geojson-vt';

  const vtpbf: {
    fromGeojsonVt(layers: Record<string, Tile>, options: { version: number; extent: number }): Uint8Array;
  };
  export default vtpbf;
}
