import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import {
  type ExpressionSpecification,
  type GeoJSONSource,
  LngLatBounds,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { prefersReducedMotion } from '../lib/motion';
import { type AppStore, activeEvent } from '../store/store';
import type { NormalisedStory, TimedEvent } from '../story/normalise';
import type { Lang } from '../story/schema';
import { type Basemap, countriesAt, loadBasemap } from './basemap';
import { mapPadding, PADDING, type Padding } from './overlay-padding';
import { routeLegs } from './routes';
import { baseStyle, nameIn } from './style';
import { isGpuError } from './webgl';

setWorkerUrl(workerUrl);

export interface MapControllerOptions {
  /** Called once, when the basemap and story layers have rendered. */
  onReady: () => void;
  /** Called when a lost WebGL context could not be restored: the map cannot draw any more. */
  onUnavailable: () => void;
  /** Accessible names in the UI language; `relabel` changes them. */
  labels: { canvas: string; overview: string };
}

/**
 * Owns the one MapLibre map: created once, then fed store changes through subscriptions,
 * never re-created by React renders.
 */
export class MapController {
  readonly map: MapLibreMap;
  private readonly unsubscribe: (() => void)[] = [];
  private basemap: Basemap | null = null;
  private removed = false;
  private activeCountries: string[] = [];
  private focusMarker: Marker | null = null;
  private story: NormalisedStory;
  private readonly overviewControl: OverviewControl;

  constructor(
    private readonly container: HTMLElement,
    private readonly store: AppStore,
    private readonly options: MapControllerOptions,
  ) {
    const state = store.getState();
    if (!state.story) throw new Error('MapController needs a loaded story');
    this.story = state.story;
    this.map = new MapLibreMap({
      container,
      style: baseStyle(state.lang),
      bounds: this.story.bounds,
      fitBoundsOptions: { padding: PADDING },
      attributionControl: { compact: true, customAttribution: 'Natural Earth' },
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      // Natural Earth 1:50m has no detail closer than this.
      maxZoom: 7,
      locale: { 'Map.Title': options.labels.canvas },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.overviewControl = new OverviewControl(() => this.overview(), options.labels.overview);
    this.map.addControl(this.overviewControl, 'top-right');
    this.map.on('moveend', () => this.recordCamera());
    // A user-timing mark, so `npm run bench` can time a click to the map starting to move.
    this.map.on('movestart', () => performance.mark('map:movestart'));
    // MapLibre rebuilds the style after a lost context, but not the feature state that tints the active countries.
    this.map.on('webglcontextrestored', () => this.map.once('style.load', () => this.tintCountries()));
    this.map.on('error', (e) => {
      // A listener silences MapLibre's own logging, so other errors are logged here.
      if (!isGpuError(e.error)) console.error(e.error);
      else if (!this.removed) {
        // Stop MapLibre at once: a frame drawn without a context would throw before React swaps the map out.
        this.destroy();
        options.onUnavailable();
      }
    });
    this.map.once('load', () => void this.onLoad());
  }

  private async onLoad(): Promise<void> {
    const [basemap] = await Promise.all([
      loadBasemap(),
      document.fonts?.load('16px "Noto Sans SC"', '中亚 Astana').catch(() => []),
    ]);
    this.basemap = basemap;
    this.source('countries').setData(this.basemap.countries);
    this.source('borders').setData(this.basemap.borders);
    this.source('coast').setData(this.basemap.coast);
    this.source('countryLabels').setData(this.basemap.labels);
    this.setStoryData();
    this.bindInteractions();
    this.unsubscribe.push(
      this.store.subscribe(
        (s) => s.activation,
        () => this.showActive(!prefersReducedMotion()),
      ),
      this.store.subscribe(
        (s) => s.lang,
        (lang) => this.setLang(lang),
      ),
    );
    // A shared link lands on its event: jump there without a flight.
    this.showActive(false);
    this.map.once('idle', () => {
      this.container.dataset.ready = 'true';
      this.recordCamera();
      this.options.onReady();
    });
  }

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }

  private setStoryData(): void {
    const places: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: this.story.story.places.map((p) => ({
        type: 'Feature',
        properties: { id: p.id, name_zh: p.name.zh, name_en: p.name.en, kind: p.kind },
        geometry: { type: 'Point', coordinates: p.coordinates },
      })),
    };
    this.source('places').setData(places);
  }

  private bindInteractions(): void {
    const { map } = this;
    // One handler for every marker layer, so the topmost marker alone answers a click.
    map.on('click', async (e) => {
      const [hit] = map.queryRenderedFeatures(e.point, { layers: ['active-places', 'places', 'clusters'] });
      const props = hit?.properties;
      if (typeof props?.id === 'string') {
        this.store.getState().selectPlace(props.id, 'map');
        return;
      }
      if (typeof props?.cluster_id !== 'number' || hit?.geometry.type !== 'Point') return;
      const zoom = await this.source('places').getClusterExpansionZoom(props.cluster_id);
      map.easeTo({
        center: hit.geometry.coordinates as [number, number],
        zoom,
        duration: prefersReducedMotion() ? 0 : 500,
      });
    });
    for (const layer of ['places', 'active-places', 'clusters']) {
      map.on('mouseenter', layer, () => {
        map.getCanvas().style.cursor = 'pointer';
      });
      map.on('mouseleave', layer, () => {
        map.getCanvas().style.cursor = '';
      });
    }
  }

  private setLang(lang: Lang): void {
    for (const layer of ['country-labels', 'place-labels', 'active-place-labels']) {
      this.map.setLayoutProperty(layer, 'text-field', nameIn(lang));
    }
  }

  private showActive(animate: boolean, event = activeEvent(this.store.getState())): void {
    const placeIds = event?.places ?? [];
    const routeIds = new Set(event?.routes ?? []);
    const coords = placeIds.flatMap((id) => {
      const p = this.story.placesById.get(id);
      return p ? [p.coordinates] : [];
    });

    this.source('activePlaces').setData({
      type: 'FeatureCollection',
      features: placeIds.flatMap((id) => {
        const p = this.story.placesById.get(id);
        return p
          ? [
              {
                type: 'Feature',
                properties: { id, name_zh: p.name.zh, name_en: p.name.en, kind: p.kind },
                geometry: { type: 'Point', coordinates: p.coordinates },
              },
            ]
          : [];
      }),
    } as FeatureCollection);
    const legs = routeLegs(this.story.story.routes ?? [], this.story.placesById);
    for (const f of legs.features) {
      Object.assign(f.properties, {
        active: routeIds.has(f.properties.route),
        dim: !!event && !routeIds.has(f.properties.route),
      });
    }
    this.source('routes').setData(legs);
    const dim: ExpressionSpecification | number = event
      ? ['case', ['in', ['get', 'id'], ['literal', placeIds]], 1, 0.4]
      : 1;
    this.map.setPaintProperty('places', 'circle-opacity', dim);
    this.map.setPaintProperty('places', 'circle-stroke-opacity', dim);
    // Active places are named by their own, larger labels.
    const labelDim: ExpressionSpecification | number = event
      ? ['case', ['in', ['get', 'id'], ['literal', placeIds]], 0, 0.5]
      : 1;
    this.map.setPaintProperty('place-labels', 'text-opacity', labelDim);
    this.highlightCountries(coords);
    if (event) this.moveTo(event, coords, animate);
  }

  private highlightCountries(coords: [number, number][]): void {
    if (!this.basemap) return;
    for (const id of this.activeCountries)
      this.map.setFeatureState({ source: 'countries', id }, { active: false });
    this.activeCountries = countriesAt(this.basemap, coords);
    this.tintCountries();
  }

  private tintCountries(): void {
    for (const id of this.activeCountries)
      this.map.setFeatureState({ source: 'countries', id }, { active: true });
  }

  private moveTo(event: TimedEvent, coords: [number, number][], animate: boolean): void {
    this.map.stop();
    const padding = this.padding();
    if (event.view) {
      // An offset, not `padding`: padding given to flyTo stays on the map and skews every later fit.
      const camera = {
        center: event.view.center,
        zoom: event.view.zoom,
        bearing: event.view.bearing ?? 0,
        offset: [(padding.left - padding.right) / 2, (padding.top - padding.bottom) / 2] as [number, number],
      };
      if (animate) this.map.flyTo({ ...camera, duration: 1600, essential: false });
      else this.map.easeTo({ ...camera, duration: 0 });
      return;
    }
    if (coords.length === 0) return;
    const bounds = coords.reduce((b, c) => b.extend(c), new LngLatBounds(coords[0], coords[0]));
    this.map.fitBounds(bounds, {
      padding,
      // Closer than this the coarse basemap shows nothing around the place.
      maxZoom: 4.5,
      duration: animate ? 1600 : 0,
      linear: false,
    });
  }

  /**
   * Pictures of the map at each event for the printed handout, as PNG data URLs: drawn one by one
   * without animation, then the map goes back to the reader's event and camera.
   */
  async snapshots(events: TimedEvent[], onProgress?: (done: number) => void): Promise<string[]> {
    const { map } = this;
    const camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing() };
    const images: string[] = [];
    try {
      for (const event of events) {
        this.showActive(false, event);
        images.push(await this.capture());
        onProgress?.(images.length);
      }
    } finally {
      this.showActive(false);
      map.jumpTo(camera);
    }
    return images;
  }

  /** The canvas once everything has loaded and drawn, read during a frame: the drawing buffer is only whole then. */
  private async capture(): Promise<string> {
    const idle = this.map.once('idle');
    this.map.triggerRepaint();
    await idle;
    const frame = new Promise<string>((resolve) => {
      this.map.once('render', () => resolve(this.map.getCanvas().toDataURL('image/png')));
    });
    this.map.triggerRepaint();
    return frame;
  }

  overview(): void {
    this.map.fitBounds(this.story.bounds, {
      padding: this.padding(),
      duration: prefersReducedMotion() ? 0 : 1200,
    });
  }

  private padding(): Padding {
    return mapPadding(this.container);
  }

  /** Shows where a keyboard-focused place is; null hides it. */
  focusPlace(id: string | null): void {
    this.focusMarker?.remove();
    this.focusMarker = null;
    const place = id ? this.story.placesById.get(id) : undefined;
    if (!place) return;
    const el = document.createElement('div');
    el.className = 'map-focus-ring';
    const label = document.createElement('span');
    label.textContent = place.name[this.store.getState().lang];
    el.append(label);
    this.focusMarker = new Marker({ element: el }).setLngLat(place.coordinates).addTo(this.map);
    if (!this.map.getBounds().contains(place.coordinates)) {
      this.map.easeTo({ center: place.coordinates, duration: prefersReducedMotion() ? 0 : 400 });
    }
  }

  /** The camera, as data attributes: tests and assistive tooling can read where the map is. */
  private recordCamera(): void {
    const c = this.map.getCenter();
    this.container.dataset.center = `${c.lng.toFixed(3)},${c.lat.toFixed(3)}`;
    this.container.dataset.zoom = this.map.getZoom().toFixed(2);
  }

  relabel(labels: { canvas: string; overview: string }): void {
    this.map.getCanvas().setAttribute('aria-label', labels.canvas);
    this.overviewControl.relabel(labels.overview);
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    if (this.removed) return;
    this.removed = true;
    for (const off of this.unsubscribe) off();
    this.map.remove();
  }
}

class OverviewControl {
  private readonly button = document.createElement('button');
  constructor(
    private readonly onClick: () => void,
    label: string,
  ) {
    this.relabel(label);
  }
  onAdd(): HTMLElement {
    const el = document.createElement('div');
    el.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.button.type = 'button';
    this.button.className = 'map-overview-button';
    this.button.textContent = '⤢';
    this.button.addEventListener('click', this.onClick);
    el.append(this.button);
    return el;
  }
  relabel(label: string): void {
    this.button.title = label;
    this.button.setAttribute('aria-label', label);
  }
  onRemove(): void {
    this.button.parentElement?.remove();
  }
}
