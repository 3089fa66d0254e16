/**
 * Runs inside MapLibre's web worker (loaded with `importScriptInWorkers`): the basemap is fetched,
 * decoded and tiled there, so the page's main thread never handles its megabytes of coordinates.
 */
import { type Basemap, basemapFeatures, fetchBasemap } from './basemap';

interface WorkerScope {
  addProtocol: (name: string, load: (params: { url: string }) => Promise<{ data: unknown }>) => void;
}

/** Decoded once per worker and kept: a dropped story's new map asks for the same basemap. */
const decoded = new Map<string, Promise<Basemap>>();

function decode(query: URLSearchParams): Promise<Basemap> {
  const topology = query.get('topology') ?? '';
  const extras = query.get('extras') ?? '';
  const key = `${topology} ${extras}`;
  let basemap = decoded.get(key);
  if (!basemap) {
    basemap = fetchBasemap(topology, extras);
    // A failed load is tried again by the next request.
    basemap.catch(() => decoded.delete(key));
    decoded.set(key, basemap);
  }
  return basemap;
}

// The page names the basemap in this script's address: one worker (the lock keeps the others out,
// each would hold a copy) decodes it now, while the page is still making the map.
const named = new URL(import.meta.url).searchParams;
if (named.has('topology'))
  void navigator.locks?.request('basemap-early', { ifAvailable: true }, (lock) =>
    lock ? decode(named).then(() => new Promise(() => {})) : undefined,
  );

(self as unknown as WorkerScope).addProtocol('basemap', async ({ url }) => {
  // basemap://all?topology=…&extras=… (absolute URLs: the worker has no page to resolve against).
  return { data: basemapFeatures(await decode(new URL(url).searchParams)) };
});
