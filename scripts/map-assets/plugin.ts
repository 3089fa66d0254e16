import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { basemapFeatures, buildBasemap, type GeographyProps, type MapExtras } from '../../src/map/basemap.ts';
import type { Story } from '../../src/story/schema.ts';
import { countryMeta } from './countries.ts';
import { buildGlyphRanges, rangeFile } from './glyphs.ts';
import { buildTilePack } from './tiles.ts';

const VIRTUAL = 'virtual:map-assets';
const RESOLVED = `\0${VIRTUAL}`;
export const GLYPHS_DIR = 'glyphs/noto-sans-sc';

/** Every character a label may need whatever the story: Latin with its accents, dashes, quotes, brackets. */
const BASE_RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2010, 0x2027],
  [0x3000, 0x3003],
  [0xff08, 0xff09],
  [0xff0c, 0xff0c],
];

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

export interface MapAssets {
  extras: MapExtras;
  extrasJson: string;
  extrasFile: string;
  tiles: Uint8Array<ArrayBuffer>;
  tilesFile: string;
  glyphs: Map<number, Uint8Array>;
  codePoints: string;
}

/**
 * The build step's map data: country names and anchors, physical geography, the basemap's vector
 * tiles, and label glyphs.
 */
export function buildMapAssets(): MapAssets {
  const topoPath = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(topoPath, 'utf8')) as Topology;
  const geography = JSON.parse(read('data/geography.json')) as FeatureCollection<Geometry, GeographyProps>;
  const extras: MapExtras = { countries: countryMeta(topo), geography };
  const extrasJson = JSON.stringify(extras);
  const story = JSON.parse(read('data/story.json')) as Story;
  const names = [
    ...story.places.flatMap((p) => [p.name.zh, p.name.en]),
    ...extras.countries.flatMap((c) => [c.name_zh, c.name_en]),
    ...geography.features.flatMap((f) => [f.properties.name_zh, f.properties.name_en]),
  ];
  const codePoints = new Set<number>();
  for (const [from, to] of BASE_RANGES) for (let cp = from; cp <= to; cp++) codePoints.add(cp);
  for (const ch of names.join('')) codePoints.add(ch.codePointAt(0) ?? 0x20);
  const hash = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const tiles = buildTilePack(basemapFeatures(buildBasemap(topo, extras)));
  return {
    extras,
    extrasJson,
    extrasFile: `assets/map-extras-${hash(extrasJson)}.json`,
    tiles,
    tilesFile: `assets/basemap-tiles-${hash(tiles)}.bin`,
    glyphs: buildGlyphRanges('Noto Sans SC', codePoints),
    codePoints: String.fromCodePoint(...[...codePoints].sort((a, b) => a - b)),
  };
}

/**
 * Emits the map's build-time assets (served from memory by the dev server) and exposes their
 * paths to the app as `virtual:map-assets`.
 */
export function mapAssets(): Plugin {
  let assets: MapAssets | undefined;
  const get = () => {
    assets ??= buildMapAssets();
    return assets;
  };
  return {
    name: 'map-assets',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      const a = get();
      return [
        `export const extrasPath = ${JSON.stringify(`./${a.extrasFile}`)};`,
        `export const tilesPath = ${JSON.stringify(`./${a.tilesFile}`)};`,
        `export const glyphsPath = ${JSON.stringify(`./${GLYPHS_DIR}/`)};`,
        `export const builtCodePoints = ${JSON.stringify(a.codePoints)};`,
      ].join('\n');
    },
    generateBundle() {
      const a = get();
      this.emitFile({ type: 'asset', fileName: a.extrasFile, source: a.extrasJson });
      this.emitFile({ type: 'asset', fileName: a.tilesFile, source: a.tiles });
      for (const [start, bytes] of a.glyphs) {
        this.emitFile({ type: 'asset', fileName: `${GLYPHS_DIR}/${rangeFile(start)}`, source: bytes });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const a = get();
        const path = decodeURIComponent(req.url?.split('?')[0] ?? '').replace(/^\//, '');
        if (path === a.extrasFile) {
          res.setHeader('Content-Type', 'application/json');
          res.end(a.extrasJson);
          return;
        }
        if (path === a.tilesFile) {
          res.setHeader('Content-Type', 'application/octet-stream');
          res.end(Buffer.from(a.tiles));
          return;
        }
        const range =
          path.startsWith(`${GLYPHS_DIR}/`) && [...a.glyphs].find(([s]) => path.endsWith(`/${rangeFile(s)}`));
        if (range) {
          res.setHeader('Content-Type', 'application/x-protobuf');
          res.end(Buffer.from(range[1]));
          return;
        }
        next();
      });
    },
  };
}
