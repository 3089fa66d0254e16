import type { MapController } from './map-controller';

/**
 * MapLibre is most of the app's JavaScript: the page preloads it (see vite.config.ts) and the map
 * view runs it once the timeline and article are up.
 */
export const loadMapController = (): Promise<typeof MapController> =>
  import('./map-controller').then((m) => m.MapController);
