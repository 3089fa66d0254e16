/**
 * The floor any MapLibre app pays: the app's basemap and markers, drawn with the app's own modules
 * and style (the basemap's tiles read from the build's tile pack in the app's map worker, as the app
 * does), and nothing else: no
 * labels, no routes, no UI. Marks `app:ready` like the app does.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { tilesPath } from 'virtual:map-assets';
import type { FeatureCollection, Point } from 'geojson';
import { type GeoJSONSource, LngLatBounds, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import storyUrl from '../../data/story.json?url';
import mapWorkerUrl from '../../src/map/map-worker?worker&url';
import { mapStyle } from '../../src/map/style';
import { tileAddress } from '../../src/map/tile-pack';
import type { Place } from '../../src/story/schema';
import { BARE_LAYERS } from './layers';

const absolute = (path: string) => new URL(path, document.baseURI).href;
const pack = absolute(tilesPath);
const worker = new URL(absolute(mapWorkerUrl));
worker.searchParams.set('pack', pack);
setWorkerUrl(worker.href);

const style = mapStyle({
  lang: 'en',
  basemapUrl: tileAddress(pack, 'worker'),
  glyphs: 'glyphs://{fontstack}/{range}',
});
style.layers = style.layers.filter((layer) => BARE_LAYERS.has(layer.id));

const places = await fetch(storyUrl)
  .then((r) => r.json() as Promise<{ places: Place[] }>)
  .then((story) => story.places);
const [first, ...rest] = places;
if (!first) throw new Error('the story has no places');
const bounds = rest.reduce(
  (b, p) => b.extend(p.coordinates),
  new LngLatBounds(first.coordinates, first.coordinates),
);
const map = new MapLibreMap({
  container: 'map',
  style,
  bounds,
  fitBoundsOptions: { padding: 60 },
  renderWorldCopies: false,
  maxZoom: 7,
});
map.once('load', () => {
  const markers: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      properties: { id: p.id, rank: 2 },
      geometry: { type: 'Point', coordinates: p.coordinates },
    })),
  };
  (map.getSource('major') as GeoJSONSource).setData(markers);
  map.once('idle', () => performance.mark('app:ready'));
});
