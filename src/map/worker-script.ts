import { tilesPath } from 'virtual:map-assets';
import { assetUrl, IS_EDITION } from '../lib/assets';
import mapWorkerUrl from './map-worker?worker&url';

/**
 * The map's worker script. Its address names the tile pack, so the worker fetches it as it boots.
 * The one-file edition's workers cannot read its files (a blob: script takes no query, and from
 * file:// they have an origin of their own): its page answers the tiles. The development server
 * does not serve a worker script whose address has a query of ours.
 */
export function mapWorkerScript(): string {
  const script = new URL(assetUrl(mapWorkerUrl));
  if (!IS_EDITION && !import.meta.env.DEV) script.searchParams.set('pack', assetUrl(tilesPath));
  return script.href;
}
