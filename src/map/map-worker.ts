/**
 * MapLibre's worker, with the basemap's protocol in it from the start: the protocol answers each
 * basemap tile from the tile pack the build made (`tile-pack.ts`), so the page makes the map
 * without waiting for the workers to boot, and nothing is decoded or tiled at run time.
 */
import MapLibreWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import { answerTile, loadTilePack, TILE_PROTOCOLS } from './tile-pack';

interface WorkerScope {
  worker?: unknown;
  addProtocol: (name: string, load: typeof answerTile) => void;
}

const scope = self as unknown as WorkerScope;
// MapLibre's file starts its worker as it runs, but the package marks the file free of side
// effects, so the bundler drops that line: the worker is started here unless it already is.
scope.worker ??= new MapLibreWorker(self);

scope.addProtocol(TILE_PROTOCOLS.worker, answerTile);

// The page names the pack in this script's address: the worker fetches it as it boots, while the
// page is still making the map. (A script the service worker answers has lost the address's query;
// it is read from there at once anyway.)
const pack = new URL(import.meta.url).searchParams.get('pack');
if (pack) loadTilePack(pack).catch(() => undefined);
