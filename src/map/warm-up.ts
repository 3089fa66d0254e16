import { mayHaveWebGL2 } from './webgl';

/**
 * MapLibre's workers take a second to start on a slow machine: they start while the story loads
 * and the article renders, not after the first paint when the map is made.
 */
export function warmUpMap(): void {
  if (mayHaveWebGL2()) void import('./map-controller').then((m) => m.startMapWorkers());
}
