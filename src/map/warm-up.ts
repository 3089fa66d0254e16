import { IS_EDITION } from '../lib/assets';
import type { MapController } from './map-controller';
import { mayHaveWebGL2 } from './webgl';
import { mapWorkerScript } from './worker-script';

let early: Worker | undefined;

/**
 * The map's worker takes a second to boot on a slow machine (MapLibre's worker code, the tile
 * pack): it starts while the story loads and the article renders. MapLibre's own script, most of
 * the app's JavaScript, is fetched only once that first screen is shown (`loadMapController`), so
 * it does not compete with the article's text. The one-file edition's page answers the tiles,
 * which takes MapLibre on the page from the start.
 */
export function warmUpMap(): void {
  if (!mayHaveWebGL2()) return;
  if (IS_EDITION) void loadMapController();
  else early = new Worker(mapWorkerScript(), { type: 'module' });
}

/** MapLibre and the map's controller, with MapLibre's workers started: the early one among them. */
export async function loadMapController(): Promise<typeof MapController> {
  const { MapController, startMapWorkers } = await import('./map-controller');
  adoptEarlyWorker(startMapWorkers);
  return MapController;
}

/**
 * Runs `start` (which has MapLibre make its workers) with the worker started early given to
 * MapLibre as the first one it makes: MapLibre has no way to be handed a worker, but it makes them
 * at once, with `new Worker`. Should it not, the early worker is dropped and MapLibre's own is used.
 */
export function adoptEarlyWorker(start: () => void): void {
  if (!early) {
    start();
    return;
  }
  const worker: Worker = early;
  early = undefined;
  const Native = globalThis.Worker;
  globalThis.Worker = class {
    constructor() {
      globalThis.Worker = Native;
      // biome-ignore lint/correctness/noConstructorReturn: the early worker stands for the one MapLibre asks for
      return worker;
    }
  } as unknown as typeof Worker;
  try {
    start();
  } finally {
    if (globalThis.Worker !== Native) {
      globalThis.Worker = Native;
      worker.terminate();
    }
  }
}
