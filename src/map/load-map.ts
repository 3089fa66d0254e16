import { loadBasemap } from './basemap';
import type { MapController } from './map-controller';
import { mayHaveWebGL2 } from './webgl';

/** MapLibre is most of the app's JavaScript: it loads on the side, so the timeline and article never wait for it. */
export const loadMapController = (): Promise<typeof MapController> =>
  import('./map-controller').then((m) => m.MapController);

/** Starts MapLibre and the basemap downloading at launch, beside the story. */
export function preloadMap(): void {
  if (!mayHaveWebGL2()) return;
  void loadMapController();
  void loadBasemap().catch(() => undefined);
}
