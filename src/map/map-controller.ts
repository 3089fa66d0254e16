import 'maplibre-gl/dist/maplibre-gl.css';
import './journey.css';
import { builtCodePoints, glyphsPath, tilesPath } from 'virtual:map-assets';
import type { Feature, Point, Position } from 'geojson';
import {
  addProtocol,
  type GeoJSONSource,
  type GeoJSONSourceSpecification,
  LngLatBounds,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  type PointLike,
  prewarm,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import { inFrameAfterNext } from '../lib/after-paint';
import { assetUrl, IS_EDITION } from '../lib/assets';
import { iconElement } from '../lib/icons';
import { prefersReducedMotion } from '../lib/motion';
import { type AppStore, activeEvent, type Journey as JourneyState } from '../store/store';
import { type NormalisedStory, placeRank } from '../story/normalise';
import type { Lang, Place, View } from '../story/schema';
import type { Journey } from './journey';
import { outOfGroups } from './minor-groups';
import { mapPadding, overlayBoxes, type Padding } from './overlay-padding';
import { routeLegs } from './routes';
import {
  CLICKABLE_LAYERS,
  countryLabelFilter,
  HIGH_CONTRAST,
  mapScale,
  mapStyle,
  NAMED_LAYERS,
  nameIn,
  ROOM_IMAGE,
  type StepBack,
  stepBackPaints,
} from './style';
import { answerTile, BASEMAP_LAYER, TILE_PROTOCOLS, tileAddress } from './tile-pack';
import { isGpuError } from './webgl';
import { mapWorkerScript } from './worker-script';

/** Natural Earth 1:50m has nothing closer than this; a group of sites in one city opens there. */
const MAX_ZOOM = 9;
/** The most an event's places are enlarged: closer, the coarse basemap shows little around them. */
const FIT_MAX_ZOOM = 5.5;
/** Around a lone place, at least this much is shown (degrees each way), so neighbours name where it is. */
const CONTEXT = { lon: 9, lat: 5.5 };

/**
 * Label glyphs come from files made at build time for every name of the built-in story. A range
 * holding a character some other story needs and the files lack is refused, so MapLibre draws that
 * range in the page's own font instead (its documented fallback).
 */
const built = new Set([...builtCodePoints].map((ch) => ch.codePointAt(0)));
let refusedRanges = new Set<number>();
/** Ranges fetched before MapLibre asks for them (by their first code point), each answer used once. */
const fetchedEarly = new Map<number, Promise<Response>>();
const glyphFile = (start: number, init?: RequestInit) =>
  fetch(assetUrl(`${glyphsPath}${start}-${start + 255}.pbf`), init);

addProtocol('glyphs', async ({ url }, abort) => {
  const range = url.slice(url.lastIndexOf('/') + 1);
  const start = Number.parseInt(range, 10);
  if (refusedRanges.has(start)) throw new Error(`glyphs ${range} drawn locally`);
  const early = fetchedEarly.get(start);
  fetchedEarly.delete(start);
  const response = await (early ?? glyphFile(start, { signal: abort.signal }));
  if (!response.ok) throw new Error(`glyphs ${range}: HTTP ${response.status}`);
  return { data: await response.arrayBuffer() };
});

function missingGlyphs(places: Place[]): string {
  const missing = new Set<string>();
  for (const ch of places.flatMap((p) => [p.name.zh, p.name.en]).join('')) {
    if (!built.has(ch.codePointAt(0))) missing.add(ch);
  }
  return [...missing].join('');
}

/** The workers outlive any one map: a dropped story's new map finds them booted. */
let workersStarted = false;

export interface MapControllerOptions {
  /** Called once, when the basemap and story layers have rendered. */
  onReady: () => void;
  /** Called when a lost WebGL context could not be restored: the map cannot draw any more. */
  onUnavailable: () => void;
  /** Accessible names in the UI language; `relabel` changes them. */
  labels: MapLabels;
  /** A click on the map where no marker is (the studio places a place there); true when it was used. */
  onMapClick?: (lngLat: [number, number]) => boolean;
}

/** A place the studio is editing: its marker can be dragged to new coordinates. */
export interface EditedPlace {
  id: string;
  label: string;
  onMove: (lngLat: [number, number]) => void;
}

export interface MapLabels {
  canvas: string;
  overview: string;
  zoomIn: string;
  zoomOut: string;
  attribution: string;
}

type PlaceProps = { id: string; name_zh: string; name_en: string; kind: string; rank: number };

const placeFeature = (p: Place): Feature<Point, PlaceProps> => ({
  type: 'Feature',
  properties: { id: p.id, name_zh: p.name.zh, name_en: p.name.en, kind: p.kind, rank: placeRank(p) },
  geometry: { type: 'Point', coordinates: p.coordinates },
});

const collection = <T extends Feature>(features: T[]) => ({ type: 'FeatureCollection' as const, features });

/** How long (ms) a journey rests at each stop, for the class to read its name. */
const JOURNEY_DWELL = 1800;

interface JourneyRun {
  plan: Journey;
  /** The stop the icon is at. */
  at: number;
  timer: number;
  frame: number;
  marker: Marker;
}

const NONE: ReadonlySet<string> = new Set();
/** The sources whose features are lit by the `active` feature state. */
type LitSource = 'routes' | 'basemap';

const isArea = (p: Place) => p.kind === 'country' || p.kind === 'region';
/** The story's main places and areas are in the `major` source, its minor sites in the clustered `minor`. */
const isMajor = (p: Place) => placeRank(p) < 3;
const isMinor = (p: Place) => !isArea(p) && !isMajor(p);

/** The story's places with a margin, so names at its edges stay on the map. */
function overviewBounds({
  bounds: [west, south, east, north],
}: NormalisedStory): [number, number, number, number] {
  const x = (east - west) * 0.06;
  const y = (north - south) * 0.06;
  return [west - x, south - y, east + x, north + y];
}

/** Starts MapLibre's workers (see `warm-up.ts`); the one-file edition's page answers the basemap's tiles. */
export function startMapWorkers(): void {
  if (workersStarted) return;
  workersStarted = true;
  if (IS_EDITION) addProtocol(TILE_PROTOCOLS.page, answerTile);
  setWorkerUrl(mapWorkerScript());
  prewarm();
}

/**
 * Owns the one MapLibre map: created once, then fed store changes through subscriptions,
 * never re-created by React renders.
 */
export class MapController {
  readonly map: MapLibreMap;
  private readonly unsubscribe: (() => void)[] = [];
  private removed = false;
  /** The features each source has lit. */
  private readonly marked = new Map<LitSource, ReadonlySet<string>>();
  private minorCountOf: { story: NormalisedStory; count: number } | undefined;
  /** The paint values that step back while an event is shown, for the style in use. */
  private stepBacks: StepBack[] = [];
  private pendingFrame = 0;
  private cancelShow = () => {};
  /** The active minor places last taken out of the clustered source (ids joined); none sent yet. */
  private minorActive: string | undefined;
  /** The minor places' ids the clustered source holds; unknown once a story is redrawn. */
  private minorSent: Set<string> | undefined;
  /** The active places last sent (their features as JSON). */
  private activeSent: string | undefined;
  private journeyRun: JourneyRun | null = null;
  /** The journey's geodesy, loaded with the first journey: most visits play none. */
  private journeys: typeof import('./journey') | undefined;
  private focusMarker: Marker | null = null;
  private editMarker: Marker | null = null;
  private edited: EditedPlace | null = null;
  private story: NormalisedStory;
  private readonly styledStory: NormalisedStory;
  private loaded = false;
  private readonly overviewControl: OverviewControl;
  private readonly attribution: AttributionControl;
  private readonly basemapUrl: string;

  /** Prepares MapLibre's worker and the label font, then makes the map. */
  static async create(container: HTMLElement, store: AppStore, options: MapControllerOptions) {
    const story = store.getState().story;
    if (!story) throw new Error('MapController needs a loaded story');
    const missing = missingGlyphs(story.story.places);
    refusedRanges = new Set([...missing].map((ch) => (ch.codePointAt(0) ?? 0) & ~255));
    // MapLibre asks for glyphs only once the basemap is decoded and laid out: the files of the names
    // in the reader's language are on their way by then.
    const lang = store.getState().lang;
    for (const ch of ` ${story.story.places.map((p) => p.name[lang]).join('')}`) {
      const start = (ch.codePointAt(0) ?? 0) & ~255;
      if (refusedRanges.has(start) || fetchedEarly.has(start)) continue;
      const file = glyphFile(start);
      // A failure is MapLibre's to report, if it asks for the range.
      file.catch(() => undefined);
      fetchedEarly.set(start, file);
    }
    startMapWorkers();
    // Only names the build did not see are drawn in the page's font, which must be there first.
    if (missing) await document.fonts?.load('16px "Noto Sans SC"', missing).catch(() => []);
    return new MapController(container, store, story, options);
  }

  private constructor(
    private readonly container: HTMLElement,
    private readonly store: AppStore,
    story: NormalisedStory,
    private readonly options: MapControllerOptions,
  ) {
    this.story = story;
    this.styledStory = story;
    this.basemapUrl = tileAddress(assetUrl(tilesPath), IS_EDITION ? 'page' : 'worker');
    this.map = new MapLibreMap({
      container,
      style: this.initialStyle(),
      bounds: overviewBounds(this.story),
      fitBoundsOptions: { padding: this.padding(this.story.bounds) },
      attributionControl: false,
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: MAX_ZOOM,
      // The style is built by `mapStyle`, which its unit tests validate; checking it again here cost
      // 15-20 ms of the map's first task.
      validateStyle: false,
      // The label glyphs include Chinese: the files, not the browser's fonts, draw them.
      localIdeographFontFamily: false,
      locale: {
        'Map.Title': options.labels.canvas,
        'NavigationControl.ZoomIn': options.labels.zoomIn,
        'NavigationControl.ZoomOut': options.labels.zoomOut,
      },
    });
    // The map shows in the first frame drawn with all its data (then its names fade in): not as its
    // sources come in one by one (a sea alone, routes over an empty sea), each frame of which costs
    // the GPU process a composite here. Nor later: shown only after its last frame (at idle), it
    // reached the screen 400-800 ms after that frame (software WebGL), and a click waited as long.
    const canvas = this.map.getCanvas();
    canvas.style.visibility = 'hidden';
    const show = () => {
      if (!this.map.isStyleLoaded()) return;
      canvas.style.visibility = '';
      this.map.off('render', show);
    };
    this.map.on('render', show);
    this.map.addImage(ROOM_IMAGE, new ImageData(1, 1));
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.overviewControl = new OverviewControl(() => this.overview(), options.labels.overview);
    this.map.addControl(this.overviewControl, 'top-right');
    this.attribution = new AttributionControl(options.labels.attribution);
    this.map.addControl(this.attribution, 'bottom-right');
    // The controls cover the map: the camera frames places beside them.
    for (const corner of container.querySelectorAll<HTMLElement>(
      '.maplibregl-ctrl-top-right, .maplibregl-ctrl-bottom-right',
    )) {
      corner.dataset.mapOverlay = '';
    }
    this.map.on('moveend', () => this.recordCamera());
    // A user-timing mark, so `npm run bench` can time a click to the map starting to move.
    this.map.on('movestart', () => performance.mark('map:movestart'));
    this.map.on('webglcontextrestored', () => this.map.once('style.load', () => this.markAgain()));
    this.map.on('error', (e) => {
      // A listener silences MapLibre's own logging, so other errors are logged here.
      if (!isGpuError(e.error)) console.error(e.error);
      else if (!this.removed) {
        // Stop MapLibre at once: a frame drawn without a context would throw before React swaps the map out.
        this.destroy();
        options.onUnavailable();
      }
    });
    this.map.once('load', () => this.onLoad());
  }

  private onLoad(): void {
    this.loaded = true;
    // A story edited while the map loaded (the studio) is not the one its first style holds.
    if (this.story !== this.styledStory) this.drawStory();
    this.bindInteractions();
    this.unsubscribe.push(
      this.store.subscribe(
        (s) => [s.activation, s.placeChoice] as const,
        () => {
          // What the reader asked for (the passage, the card) is painted first; the map's redraw
          // and flight begin a frame later rather than hold that frame back.
          this.cancelShow();
          this.cancelShow = inFrameAfterNext(() => this.showActive(!prefersReducedMotion(), undefined, true));
        },
        { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
      ),
      // A reader who scrolls on has left the passage the camera was flying to: it stops there, and
      // the frames of a flight to a stale place are not drawn while the article scrolls.
      this.store.subscribe(
        (s) => s.reading,
        (reading) => {
          if (!reading || this.store.getState().journey) return;
          this.cancelShow();
          this.map.stop();
        },
      ),
      this.store.subscribe(
        (s) => s.lang,
        (lang) => this.setLang(lang),
      ),
      this.store.subscribe(
        (s) => `${s.mode}|${s.highContrast}`,
        () => this.restyle(),
      ),
      this.store.subscribe(
        (s) => s.journey,
        (journey) => this.followJourney(journey),
      ),
    );
    const onResize = () => this.store.getState().mode === 'present' && this.restyle();
    window.addEventListener('resize', onResize);
    this.unsubscribe.push(() => window.removeEventListener('resize', onResize));
    // A shared link lands on its event: jump there without a flight.
    this.showActive(false);
    this.map.once('idle', () => {
      this.container.dataset.ready = 'true';
      this.recordCamera();
      this.options.onReady();
    });
    // Tests read the names in sight as `data-labels`. Reading them back is a query of every label,
    // 50-80 ms after every flight here, which a reader's page has no use for: it is made only when
    // asked, once the map is still. On the canvas, which goes with this map, not to a next story's.
    this.map.getCanvas().addEventListener('recordlabels', () => {
      this.map.once('idle', () => this.recordLabels());
      this.map.triggerRepaint();
    });
  }

  /** How many minor places the story has: counted once per story, not on every event chosen. */
  private minorCount(): number {
    if (this.minorCountOf?.story !== this.story)
      this.minorCountOf = { story: this.story, count: this.story.story.places.filter(isMinor).length };
    return this.minorCountOf.count;
  }

  /** The story's main places and its routes, as the map's sources hold them. */
  private storyData() {
    const { story, placesById } = this.story;
    return {
      major: collection(story.places.filter(isMajor).map(placeFeature)),
      routes: routeLegs(story.routes ?? [], placesById),
    };
  }

  /**
   * The countries that make up the story's regions: the story names the region with its own label,
   * and the basemap's names for its countries would say it twice.
   */
  private hiddenCountryLabels(): string[] {
    return this.story.story.places.filter((p) => p.kind === 'country').flatMap((p) => p.area ?? []);
  }

  /**
   * The first style holds the story's places, routes and what is active: MapLibre's worker tiles
   * them beside the basemap, and nothing is sent again once the map has loaded.
   */
  private initialStyle(): StyleSpecification {
    const style = this.style();
    this.stepBacks = stepBackPaints(style);
    const { major, routes } = this.storyData();
    const { places } = this.shown();
    const active = this.activeData(places);
    const minor = this.minorData(places);
    this.activeSent = active.key;
    this.minorActive = minor.key;
    const geojson = (source: string, data: GeoJSON.FeatureCollection) => ({
      ...(style.sources[source] as GeoJSONSourceSpecification),
      data,
    });
    const minorData = minor.data();
    this.minorSent = new Set(minorData.features.map((f) => f.properties.id));
    style.sources = {
      ...style.sources,
      major: geojson('major', major),
      routes: geojson('routes', routes),
      activePlaces: geojson('activePlaces', active.data),
      minor: geojson('minor', minorData),
    };
    return style;
  }

  private drawStory(): void {
    const { major, routes } = this.storyData();
    this.source('major').setData(major);
    this.source('routes').setData(routes);
    // An edit may have moved or renamed a minor or active place: they are sent again.
    this.minorActive = undefined;
    this.minorSent = undefined;
    this.activeSent = undefined;
    this.map.setFilter('country-labels', countryLabelFilter(this.hiddenCountryLabels()));
  }

  /**
   * The same story, edited (the studio's live preview): its places and routes are redrawn, and the
   * camera moves only when what the active event frames has changed.
   */
  setStory(story: NormalisedStory): void {
    const active = (s: NormalisedStory) =>
      activeEvent({ story: s, activeEventId: this.store.getState().activeEventId });
    const framed = (s: NormalisedStory) => {
      const event = active(s);
      return JSON.stringify([event?.view, event?.places.map((id) => s.placesById.get(id)?.coordinates)]);
    };
    // What the map draws: an edit elsewhere (a title, a paragraph) costs it nothing.
    const drawn = (s: NormalisedStory) => {
      const event = active(s);
      return JSON.stringify([s.story.places, s.story.routes, event?.places, event?.routes]);
    };
    const moved = framed(story) !== framed(this.story);
    const redraw = moved || drawn(story) !== drawn(this.story);
    this.story = story;
    if (!this.loaded || !redraw) return;
    this.drawStory();
    this.showActive(false, undefined, false, moved);
    this.editPlace(this.edited);
  }

  /** The marker of the place being edited, draggable; null ends the editing. */
  editPlace(place: EditedPlace | null): void {
    this.editMarker?.remove();
    this.editMarker = null;
    this.edited = place;
    const coordinates = place && this.story.placesById.get(place.id)?.coordinates;
    if (!place || !coordinates) return;
    const el = document.createElement('div');
    el.className = 'map-edit-marker';
    el.setAttribute('aria-hidden', 'true');
    el.title = place.label;
    const marker = new Marker({ element: el, draggable: true }).setLngLat(coordinates).addTo(this.map);
    marker.on('dragend', () => {
      const { lng, lat } = marker.getLngLat();
      place.onMove([lng, lat]);
    });
    this.editMarker = marker;
  }

  /** The style for the reader's language, the screen (a projector in presentation mode) and contrast. */
  private style() {
    const s = this.store.getState();
    return mapStyle({
      lang: s.lang,
      basemapUrl: this.basemapUrl,
      glyphs: 'glyphs://{fontstack}/{range}',
      palette: s.highContrast ? HIGH_CONTRAST : undefined,
      scale: this.scale(),
      hiddenCountryLabels: this.hiddenCountryLabels(),
    });
  }

  private scale(): number {
    return mapScale(this.store.getState().mode === 'present', window.innerWidth);
  }

  /**
   * Applies a new look property by property, as MapLibre's own style diff would: the sources and
   * the data they hold stay as they are.
   */
  private restyle(): void {
    const style = this.style();
    this.stepBacks = stepBackPaints(style);
    for (const layer of style.layers) {
      if (!this.map.getLayer(layer.id)) continue;
      type Paint = Parameters<MapLibreMap['setPaintProperty']>;
      type Layout = Parameters<MapLibreMap['setLayoutProperty']>;
      const props = layer as { paint?: Record<string, Paint[2]>; layout?: Record<string, Layout[2]> };
      for (const [name, value] of Object.entries(props.paint ?? {}))
        this.map.setPaintProperty(layer.id, name as Paint[1], value);
      for (const [name, value] of Object.entries(props.layout ?? {}))
        this.map.setLayoutProperty(layer.id, name as Layout[1], value);
    }
    this.showActive(false);
  }

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }

  private bindInteractions(): void {
    const { map } = this;
    // One handler for every marker layer, so the topmost marker alone answers a click.
    map.on('click', async (e) => {
      const [hit] = map.queryRenderedFeatures(e.point, { layers: CLICKABLE_LAYERS });
      const props = hit?.properties;
      if (typeof props?.id === 'string') {
        this.store.getState().selectPlace(props.id, 'map');
        return;
      }
      if (!hit && this.options.onMapClick?.([e.lngLat.lng, e.lngLat.lat])) return;
      if (typeof props?.cluster_id !== 'number' || hit?.geometry.type !== 'Point') return;
      const zoom = await this.source('minor').getClusterExpansionZoom(props.cluster_id);
      map.easeTo({
        center: hit.geometry.coordinates as [number, number],
        zoom: Math.min(zoom, MAX_ZOOM),
        duration: prefersReducedMotion() ? 0 : 500,
      });
    });
    // One query of all the markers per frame: a listener per layer would query each on every move.
    let frame = 0;
    let at: PointLike = [0, 0];
    const point = () => {
      frame = 0;
      const over = map.queryRenderedFeatures(at, { layers: CLICKABLE_LAYERS }).length > 0;
      map.getCanvas().style.cursor = over ? 'pointer' : '';
    };
    map.on('mousemove', (e) => {
      at = e.point;
      frame ||= requestAnimationFrame(point);
    });
    map.on('mouseout', () => {
      cancelAnimationFrame(frame);
      frame = 0;
      map.getCanvas().style.cursor = '';
    });
    this.unsubscribe.push(() => cancelAnimationFrame(frame));
  }

  private setLang(lang: Lang): void {
    for (const layer of NAMED_LAYERS) this.map.setLayoutProperty(layer, 'text-field', nameIn(lang));
  }

  /** What the map shows as active: a place whose events are being chosen from, or the event's places. */
  private shown(chosen = activeEvent(this.store.getState())) {
    const choice = this.store.getState().placeChoice;
    const event = choice ? undefined : chosen;
    const ids = new Set(choice ? [choice] : (event?.places ?? []));
    return { event, places: [...ids].flatMap((id) => this.story.placesById.get(id) ?? []) };
  }

  /**
   * The active places, each named on its side of the group; the key tells when they change. Their
   * names' size travels with the data, not as a layout property: a layout change reloads the
   * source's tiles, and a reload racing a `setData` can pair old labels with new data in MapLibre.
   */
  private activeData(places: Place[]) {
    const lons = places.map((p) => p.coordinates[0]);
    const middle = (Math.min(...lons) + Math.max(...lons)) / 2;
    const scale = this.scale();
    // Many names at once are set smaller, so they crowd each other less.
    const size = (places.length > 5 ? 13 : 15.5) * scale;
    const data = collection(
      places.map((p) => {
        const f = placeFeature(p);
        const side = p.coordinates[0] < middle ? 'west' : 'east';
        return { ...f, properties: { ...f.properties, side, size: isArea(p) ? 16 * scale : size } };
      }),
    );
    return { data, key: JSON.stringify(data) };
  }

  /**
   * An active site leaves its group (`outOfGroups`): the badge counts only what it still hides. The
   * minor places are sent again only when the sites out of their groups change: with thousands,
   * that is costly.
   */
  private minorData(places: Place[]) {
    const out = outOfGroups(
      this.minorCount(),
      places.filter(isMinor).map((p) => p.id),
    );
    const left = new Set(out);
    const data = () =>
      collection(this.story.story.places.filter((p) => isMinor(p) && !left.has(p.id)).map(placeFeature));
    return { key: out.join(' '), data };
  }

  /**
   * Sends the minor places: only the change, when the source holds a known set. With thousands of
   * places, a whole new set would be copied to the worker each time an event is chosen.
   */
  private sendMinor(data: { type: 'FeatureCollection'; features: Feature<Point, PlaceProps>[] }): void {
    const sent = this.minorSent;
    const ids = new Set(data.features.map((f) => f.properties.id));
    this.minorSent = ids;
    if (!sent) {
      this.source('minor').setData(data);
      return;
    }
    void this.source('minor').updateData({
      remove: [...sent].filter((id) => !ids.has(id)),
      add: data.features.filter((f) => !sent.has(f.properties.id)),
    });
  }

  private showActive(
    animate: boolean,
    chosen = activeEvent(this.store.getState()),
    now = false,
    moveCamera = true,
  ): void {
    const { event, places } = this.shown(chosen);
    const { journey } = this.store.getState();
    const routeIds = new Set([...(event?.routes ?? []), ...(journey ? [journey.routeId] : [])]);
    const active = this.activeData(places);
    if (active.key !== this.activeSent) {
      this.activeSent = active.key;
      this.source('activePlaces').setData(active.data);
    }
    const minor = this.minorData(places);
    if (minor.key !== this.minorActive) {
      this.minorActive = minor.key;
      this.sendMinor(minor.data());
    }
    this.mark('routes', routeIds);
    // The rest of the story steps back while an event is shown. An unset opacity is 1: setting it
    // to 1 would still start a transition, and frames to draw.
    const stepBack = places.length > 0;
    for (const { layer, property, normal, dimmed } of this.stepBacks) {
      const value = stepBack ? dimmed : normal;
      if ((this.map.getPaintProperty(layer, property) ?? normal) !== value)
        this.map.setPaintProperty(layer, property, value);
    }
    const areas = places.flatMap((p) => p.area ?? []);
    const points = places.filter((p) => !isArea(p)).map((p) => p.coordinates);
    // The tint changes once, where the camera comes to rest. Put out before a flight and lit again
    // after it, it read every basemap tile on screen in the flight's first frame (a long task with
    // 10,000 events) and repainted as the map stopped, even for the same country.
    if (!points.length) this.tint(areas);
    const shown = this.activation();
    const frame = () => {
      this.container.dataset.shows = shown;
      // On a journey the camera follows the travelling icon, not the events it passes.
      if (places.length && !journey && moveCamera) this.moveTo(event?.view, places, animate);
      // The countries the places stand in are read off the map where the camera comes to rest.
      if (points.length)
        this.map.once('idle', () => shown === this.activation() && this.tintAt(areas, points));
    };
    cancelAnimationFrame(this.pendingFrame);
    // The event's card is laid out by React's next commit: the camera frames the places beside it then.
    if (now) frame();
    else this.pendingFrame = requestAnimationFrame(frame);
  }

  /** What the camera was last sent to show: the active event, or the place being chosen from. */
  private activation(): string {
    const s = this.store.getState();
    return s.placeChoice ? `place:${s.placeChoice}` : `event:${s.activeEventId ?? ''}`;
  }

  private tintAt(areas: string[], points: Position[]): void {
    const ids = points.flatMap((p) => {
      const [hit] = this.map.queryRenderedFeatures(this.map.project(p as [number, number]), {
        layers: ['land'],
      });
      return typeof hit?.properties.id === 'string' ? [hit.properties.id] : [];
    });
    this.tint([...areas, ...ids]);
  }

  private tint(ids: Iterable<string>): void {
    const countries = new Set(ids);
    this.mark('basemap', countries);
    this.container.dataset.tinted = [...countries].sort().join(' ');
  }

  /**
   * Lights the event's routes, places and countries (the `active` feature state), and puts out
   * those no longer lit. Only those whose state changes are touched: each change is a repaint.
   */
  private mark(source: LitSource, ids: ReadonlySet<string>): void {
    const before = this.marked.get(source) ?? NONE;
    const feature = (id: string) => ({
      source,
      sourceLayer: source === 'basemap' ? BASEMAP_LAYER : undefined,
      id,
    });
    for (const id of before) if (!ids.has(id)) this.map.setFeatureState(feature(id), { active: false });
    for (const id of ids) if (!before.has(id)) this.map.setFeatureState(feature(id), { active: true });
    this.marked.set(source, ids);
  }

  /** MapLibre rebuilds the style after a lost context, but not the features' states. */
  private markAgain(): void {
    const marked = [...this.marked];
    this.marked.clear();
    for (const [source, ids] of marked) this.mark(source, ids);
  }

  /** Frames the event's places inside the part of the map no overlay covers. */
  private moveTo(view: View | undefined, places: Place[], animate: boolean): void {
    this.map.stop();
    const padding = (b: [number, number, number, number]) => this.padding(b);
    if (view) {
      const pad = padding(this.map.getBounds().toArray().flat() as [number, number, number, number]);
      // An offset, not `padding`: padding given to flyTo stays on the map and skews every later fit.
      const camera = {
        center: view.center,
        zoom: view.zoom,
        bearing: view.bearing ?? 0,
        offset: [(pad.left - pad.right) / 2, (pad.top - pad.bottom) / 2] as [number, number],
      };
      if (animate) this.map.flyTo({ ...camera, duration: 1600, essential: false });
      else this.map.easeTo({ ...camera, duration: 0 });
      return;
    }
    const first = places[0];
    if (!first) return;
    const bounds = places.reduce(
      (b, p) => b.extend(p.coordinates),
      new LngLatBounds(first.coordinates, first.coordinates),
    );
    // A region or a lone place is shown with its surroundings.
    const centre = bounds.getCenter();
    bounds.extend([centre.lng - CONTEXT.lon, centre.lat - CONTEXT.lat]);
    bounds.extend([centre.lng + CONTEXT.lon, centre.lat + CONTEXT.lat]);
    const box = bounds.toArray().flat() as [number, number, number, number];
    this.map.fitBounds(bounds, {
      padding: padding(box),
      maxZoom: FIT_MAX_ZOOM,
      duration: animate ? 1600 : 0,
      linear: false,
    });
  }

  /** Follows the store's journey: the icon is where the journey is, and moves on while it plays. */
  private followJourney(journey: JourneyState | null): void {
    if (!journey) {
      this.endJourney();
      this.showActive(!prefersReducedMotion());
      return;
    }
    const { journeys } = this;
    if (!journeys) {
      void import('./journey').then((loaded) => {
        this.journeys = loaded;
        if (!this.removed) this.followJourney(this.store.getState().journey);
      });
      return;
    }
    let run = this.journeyRun;
    if (!run || run.plan.route.id !== journey.routeId) {
      this.endJourney();
      const from = journey.from ? this.story.eventsById.get(journey.from) : undefined;
      const plan = journeys.planJourney(this.story, journey.routeId, from);
      if (!plan) return;
      const element = document.createElement('div');
      element.className = 'journey-icon';
      run = { plan, at: -1, timer: 0, frame: 0, marker: new Marker({ element }) };
      this.journeyRun = run;
      this.showActive(false);
    }
    cancelAnimationFrame(run.frame);
    clearTimeout(run.timer);
    if (journey.stop !== run.at) this.arrive(run, journey.stop);
    if (journey.playing && journey.stop < run.plan.legs.length) {
      // A pause at each stop, for the class to read its name.
      run.timer = window.setTimeout(() => this.travel(journeys, run, journey.stop), JOURNEY_DWELL);
    }
  }

  /** The icon at a stop: its event becomes active, and the camera frames the leg ahead. */
  private arrive(run: JourneyRun, stop: number): void {
    const here = run.plan.stops[stop];
    if (!here) return;
    run.at = stop;
    const leg = run.plan.legs[stop] ?? run.plan.legs[stop - 1];
    run.marker.getElement().dataset.mode = leg?.mode ?? '';
    run.marker.setLngLat(here.place.coordinates as [number, number]).addTo(this.map);
    const next = run.plan.stops[stop + 1];
    this.frameJourney(next ? [here.place, next.place] : [here.place]);
    if (here.event && here.event.id !== this.store.getState().activeEventId)
      this.store.getState().activate(here.event.id, 'journey');
  }

  private travel(journeys: typeof import('./journey'), run: JourneyRun, from: number): void {
    const leg = run.plan.legs[from];
    if (!leg) return;
    const done = () => {
      this.arrive(run, from + 1);
      this.store.getState().reachStop(from + 1);
    };
    // Under reduced motion the icon goes stop to stop without moving in between.
    if (prefersReducedMotion()) {
      done();
      return;
    }
    const duration = journeys.legDuration(leg.km);
    const start = performance.now();
    const step = (now: number) => {
      const share = (now - start) / duration;
      run.marker.setLngLat(journeys.pointAlong(leg, share) as [number, number]);
      if (share < 1) run.frame = requestAnimationFrame(step);
      else done();
    };
    run.frame = requestAnimationFrame(step);
  }

  private frameJourney(places: Place[]): void {
    this.moveTo(undefined, places, !prefersReducedMotion());
  }

  private endJourney(): void {
    const run = this.journeyRun;
    if (!run) return;
    cancelAnimationFrame(run.frame);
    clearTimeout(run.timer);
    run.marker.remove();
    this.journeyRun = null;
  }

  overview(): void {
    this.map.stop();
    this.container.dataset.shows = 'overview';
    this.map.fitBounds(overviewBounds(this.story), {
      padding: this.padding(this.story.bounds),
      duration: prefersReducedMotion() ? 0 : 1200,
    });
  }

  /** Padding for fitting `[west, south, east, north]`: its shape decides which open area suits it. */
  private padding([west, south, east, north]: [number, number, number, number]): Padding {
    const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const width = ((east - west) * Math.PI) / 180;
    const height = mercator(north) - mercator(south);
    return mapPadding(this.container, height > 0 ? Math.max(width / height, 0.2) : 5);
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
    this.container.dataset.scale = this.scale().toFixed(2);
  }

  /**
   * The names on screen once the map is still, as `data-labels`: what a reader can see named, each
   * as often as it is drawn.
   */
  private recordLabels(): void {
    const lang = this.store.getState().lang;
    const { width, height } = this.container.getBoundingClientRect();
    const overlays = overlayBoxes(this.container);
    const names = this.map
      .queryRenderedFeatures({ layers: NAMED_LAYERS })
      .filter((f) => {
        // Only what is in sight: on the map and not under the card or another overlay.
        if (f.geometry.type !== 'Point') return true;
        const { x, y } = this.map.project(f.geometry.coordinates as [number, number]);
        const inside = x >= 0 && y >= 0 && x <= width && y <= height;
        return inside && !overlays.some((o) => x >= o.x0 && x <= o.x1 && y >= o.y0 && y <= o.y1);
      })
      .map((f) => f.properties[`name_${lang}`])
      .filter((n): n is string => typeof n === 'string');
    this.container.dataset.labels = names.join('|');
  }

  relabel(labels: MapLabels): void {
    this.map.getCanvas().setAttribute('aria-label', labels.canvas);
    this.overviewControl.relabel(labels.overview);
    this.attribution.relabel(labels.attribution);
    // MapLibre names its zoom buttons once, from `locale`: a new language names them here.
    for (const [selector, label] of [
      ['.maplibregl-ctrl-zoom-in', labels.zoomIn],
      ['.maplibregl-ctrl-zoom-out', labels.zoomOut],
    ] as const) {
      const button = this.container.querySelector(selector);
      button?.setAttribute('title', label);
      button?.setAttribute('aria-label', label);
    }
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    if (this.removed) return;
    this.removed = true;
    cancelAnimationFrame(this.pendingFrame);
    this.cancelShow();
    this.endJourney();
    this.editMarker?.remove();
    for (const off of this.unsubscribe) off();
    this.map.remove();
    // The container stays for the next story's map, which is not ready until it is drawn.
    delete this.container.dataset.ready;
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
    this.button.append(iconElement('expand'));
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

/** The data's credit, always shown and in the reader's language (MapLibre's own folds it behind an English button). */
class AttributionControl {
  private readonly el = document.createElement('div');
  constructor(label: string) {
    this.el.className = 'maplibregl-ctrl map-attribution';
    this.relabel(label);
  }
  onAdd(): HTMLElement {
    return this.el;
  }
  relabel(label: string): void {
    this.el.textContent = label;
  }
  onRemove(): void {
    this.el.remove();
  }
}
