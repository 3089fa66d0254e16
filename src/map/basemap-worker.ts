/**
 * Runs inside MapLibre's web worker (loaded with `importScriptInWorkers`): the basemap is fetched,
 * decoded and tiled there, so the page's main thread never handles its megabytes of coordinates.
 */
import { basemapFeatures, fetchBasemap } from './basemap';

interface WorkerScope {
  addProtocol: (name: string, load: (params: { url: string }) => Promise<{ data: unknown }>) => void;
}

(self as unknown as WorkerScope).addProtocol('basemap', async ({ url }) => {
  // basemap://all?topology=…&extras=… (absolute URLs: the worker has no page to resolve against).
  const query = new URL(url).searchParams;
  const basemap = await fetchBasemap(query.get('topology') ?? '', query.get('extras') ?? '');
  return { data: basemapFeatures(basemap) };
});
