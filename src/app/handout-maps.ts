import type { Basemap } from '../map/basemap';
import type { LocatorMap } from '../map/LocatorMap';

export interface HandoutMaps {
  LocatorMap: typeof LocatorMap;
  basemap: Basemap;
}

/**
 * The handout's and the presenter's small SVG maps: d3-geo and the basemap decoded on the main
 * thread load when one is asked for, not on every visit.
 */
export async function loadHandoutMaps(): Promise<HandoutMaps> {
  const [{ LocatorMap }, { loadBasemap }] = await Promise.all([
    import('../map/LocatorMap'),
    import('../map/StaticMap'),
  ]);
  return { LocatorMap, basemap: await loadBasemap() };
}
