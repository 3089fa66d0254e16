import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The vendor chunks vite.config.ts splits off (react-*.js, maplibre-*.js) and MapLibre's worker. */
const VENDOR = /^(react|maplibre)-[\w-]+\.m?js$/;

/** Chunks only a browser without WebGL loads (the simple map and d3-geo): not part of a normal visit. */
const FALLBACK_ONLY = /^StaticMap-[\w-]+\.js$/;

export interface BundleSize {
  /** Gzipped bytes of the app's own chunks a normal visit loads: everything but React, MapLibre and the fallback. */
  appGzipBytes: number;
  fallbackGzipBytes: number;
  vendorGzipBytes: number;
  appChunks: { file: string; gzipBytes: number }[];
}

/** A chunk's file name in a string: `"./store-x.js"`, `"assets/index-x.js"`, a worker's `new URL("map-worker-x.mjs", …)`. */
const REFERENCE = /["'`/]([\w-]+\.m?js)["'`]/g;

/**
 * The chunks the explorer can load: those `index.html` names and, transitively, those they import
 * or import lazily. The studio's own chunks are not part of a reader's visit.
 */
function explorerChunks(distDir: string): Set<string> {
  const dir = join(distDir, 'assets');
  const seen = new Set<string>();
  const visit = (text: string) => {
    for (const [, file] of text.matchAll(REFERENCE)) {
      if (!file || seen.has(file) || !existsSync(join(dir, file))) continue;
      seen.add(file);
      visit(readFileSync(join(dir, file), 'utf8'));
    }
  };
  visit(readFileSync(join(distDir, 'index.html'), 'utf8'));
  return seen;
}

export function bundleSize(distDir: string): BundleSize {
  const dir = join(distDir, 'assets');
  const reachable = explorerChunks(distDir);
  const chunks = readdirSync(dir)
    .filter((f) => /\.m?js$/.test(f) && reachable.has(f))
    .map((file) => ({ file, gzipBytes: gzipSync(readFileSync(join(dir, file))).length }));
  const vendor = chunks.filter((c) => VENDOR.test(c.file));
  // Without the split the app's figure would silently include the vendors.
  for (const name of ['react', 'maplibre']) {
    if (!vendor.some((c) => c.file.startsWith(`${name}-`)))
      throw new Error(`no ${name} chunk in ${dir}: check the codeSplitting groups in vite.config.ts`);
  }
  const app = chunks.filter((c) => !VENDOR.test(c.file));
  return {
    appGzipBytes: app.filter((c) => !FALLBACK_ONLY.test(c.file)).reduce((sum, c) => sum + c.gzipBytes, 0),
    fallbackGzipBytes: app.filter((c) => FALLBACK_ONLY.test(c.file)).reduce((sum, c) => sum + c.gzipBytes, 0),
    vendorGzipBytes: vendor.reduce((sum, c) => sum + c.gzipBytes, 0),
    appChunks: app,
  };
}
