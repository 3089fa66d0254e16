/**
 * The floor any MapLibre app pays: the app's basemap and markers, drawn with the app's own modules
 * and style, and nothing else (no labels, no routes, no UI). Marks `app:ready` like the app does.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import { type GeoJSONSource, LngLatBounds, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import storyUrl from '../../data/story.json?url';
import { buildBasemap } from '../../src/map/basemap';
import { baseStyle } from '../../src/map/style';
import type { Place } from '../../src/story/schema';

setWorkerUrl(workerUrl);

const LAYERS = new Set(['water', 'land', 'coast', 'borders', 'clusters', 'places']);
const style = baseStyle('en');
style.layers = style.layers.filter((layer) => LAYERS.has(layer.id));

// Both files are fetched at once, while the map starts: a page with nothing else to do can.
const topology = fetch(countriesUrl).then((r) => r.json() as Promise<Topology>);
const places = fetch(storyUrl)
  .then((r) => r.json() as Promise<{ places: Place[] }>)
  .then((story) => story.places);

const [first, ...rest] = await places;
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
map.once('load', async () => {
  const basemap = buildBasemap(await topology);
  const source = (id: string) => map.getSource(id) as GeoJSONSource;
  source('countries').setData(basemap.countries);
  source('borders').setData(basemap.borders);
  source('coast').setData(basemap.coast);
  const markers: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: [first, ...rest].map((p) => ({
      type: 'Feature',
      properties: { id: p.id, kind: p.kind },
      geometry: { type: 'Point', coordinates: p.coordinates },
    })),
  };
  source('places').setData(markers);
  map.once('idle', () => performance.mark('app:ready'));
});
