import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { ColdPage } from './browser';

/** The vendor chunks vite.config.ts splits off (react-*.js, maplibre-*.js). */
const VENDOR = /^(react|maplibre)-[\w-]+\.m?js$/;

/** The map's worker: MapLibre's worker with the app's basemap protocol (src/map/map-worker.ts). */
const MAP_WORKER = /^map-worker-[\w-]+\.mjs$/;

export interface BundleSize {
  /** Gzipped bytes of the app's own chunks a normal visit loads: everything but React and MapLibre. */
  appGzipBytes: number;
  vendorGzipBytes: number;
  appChunks: { file: string; gzipBytes: number }[];
}

/**
 * The scripts a reader's visit fetches: one cold load of the explorer with the built-in story,
 * until it is ready and the network is idle (late chunks and the map's worker included). Chunks
 * only other stories, dropped files, the studio or a handout load are not part of it.
 */
export async function visitedScripts(browser: Browser, url: string): Promise<Set<string>> {
  const cold = await ColdPage.open(browser, new URL(url).origin);
  try {
    await cold.page.goto(url);
    await cold.marks(['app:ready']);
    await cold.page.waitForLoadState('networkidle').catch(() => undefined);
    const names = await cold.page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    return new Set(
      names.map((path) => path.slice(path.lastIndexOf('/') + 1)).filter((f) => /\.m?js$/.test(f)),
    );
  } finally {
    await cold.close();
  }
}

const gzipped = (path: string) => gzipSync(readFileSync(path)).length;

export function bundleSize(distDir: string, visited: Set<string>): BundleSize {
  const dir = join(distDir, 'assets');
  // The map's worker carries MapLibre's: only what it adds is the app's own.
  const maplibreWorker = gzipped(
    createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'),
  );
  const chunks = readdirSync(dir)
    .filter((f) => visited.has(f))
    .flatMap((file) => {
      const gzipBytes = gzipped(join(dir, file));
      return MAP_WORKER.test(file)
        ? [
            { file: 'maplibre-gl-worker (in the map worker)', gzipBytes: maplibreWorker, vendor: true },
            { file, gzipBytes: Math.max(0, gzipBytes - maplibreWorker), vendor: false },
          ]
        : [{ file, gzipBytes, vendor: VENDOR.test(file) }];
    });
  const vendor = chunks.filter((c) => c.vendor);
  // Without the split the app's figure would silently include the vendors.
  for (const name of ['react', 'maplibre']) {
    if (!vendor.some((c) => c.file.startsWith(`${name}-`)))
      throw new Error(`no ${name} chunk in ${dir}: check the codeSplitting groups in vite.config.ts`);
  }
  const app = chunks.filter((c) => !c.vendor).map(({ file, gzipBytes }) => ({ file, gzipBytes }));
  return {
    appGzipBytes: app.reduce((sum, c) => sum + c.gzipBytes, 0),
    vendorGzipBytes: vendor.reduce((sum, c) => sum + c.gzipBytes, 0),
    appChunks: app,
  };
}
