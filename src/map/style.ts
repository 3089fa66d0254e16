import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Lang } from '../story/schema';
import { BASEMAP_LAYER, BASEMAP_MAX_ZOOM } from './tile-pack';

/** The font stack of the label glyph files made at build time (`scripts/map-assets`). */
export const FONT = ['Noto Sans SC'];

export const COLORS = {
  water: '#c4dbea',
  land: '#f5f1e8',
  landActive: '#f7dea6',
  border: '#8c8174',
  coast: '#86a9c0',
  river: '#80abcb',
  countryLabel: '#595046',
  waterLabel: '#3a6a8e',
  reliefLabel: '#80623f',
  place: '#1d4f91',
  placeActive: '#c2261d',
  cluster: '#5b7797',
  halo: '#ffffff',
  placeLabel: '#1b2530',
  minorLabel: '#3b4650',
  placeLabelActive: '#7a1410',
  road: '#b5651d',
  rail: '#3b3b3b',
  sea: '#1f6fb2',
  air: '#6a3d9a',
};

export type Palette = typeof COLORS;

/** For a washed-out projector: white land, deep water, black names and borders, strong routes. */
export const HIGH_CONTRAST: Palette = {
  water: '#6fa8d6',
  land: '#ffffff',
  landActive: '#ffd84d',
  border: '#222222',
  coast: '#1d4f7a',
  river: '#1f6fb2',
  countryLabel: '#000000',
  waterLabel: '#0b2f52',
  reliefLabel: '#4a3000',
  place: '#002b80',
  placeActive: '#d40000',
  cluster: '#002b80',
  halo: '#ffffff',
  placeLabel: '#000000',
  minorLabel: '#000000',
  placeLabelActive: '#a00000',
  road: '#c25400',
  rail: '#000000',
  sea: '#0050b3',
  air: '#6a00b3',
};

/** Label and marker sizes for the screen: 1 on a laptop; presenting, they grow with the projector. */
export const mapScale = (presenting: boolean, width: number): number =>
  presenting ? Math.min(2.2, Math.max(1.2, (width / 1920) * 1.7)) : 1;

/** How far the story's other places (markers and names) step back while an event is shown. */
export const DIMMED = 0.45;
/** How far its other routes step back: further, so the lit route stands out among the lines. */
const DIMMED_ROUTE = 0.25;
/** The opacity of a route that is not lit, and of a rail route's ties. */
const ROUTE_OPACITY = 0.7;
const TIES_OPACITY = 0.9;
const ROUTE_MODES = ['sea', 'rail', 'road', 'air'] as const;

const empty = (extra: Partial<GeoJSONSourceSpecification> = {}): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
  ...extra,
});

/**
 * An opacity by the `active` feature state (the event's routes). A change of state
 * repaints; a changed paint value of this kind would send the layer to the workers again.
 */
const lit = (active: number, otherwise: number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'active'], false],
  active,
  otherwise,
];

/**
 * A fixed opacity, given per feature (no feature has an `opacity`). MapLibre compiles a WebGL
 * program for each mix of fixed and per-feature paint values of a layer type, and software WebGL
 * spends up to a few hundred ms on each the first time it draws: as the story's lines and names
 * follow feature state, every line and name does, and the first screen compiles one program a type.
 */
export const perFeature = (opacity: number): ExpressionSpecification => [
  'coalesce',
  ['get', 'opacity'],
  opacity,
];

/** The empty image (1 px) the `active-room` layer sizes into its box. */
export const ROOM_IMAGE = 'room';

/** The story places' everyday names, which step back while an event is shown. */
export const EVERYDAY_NAME_LAYERS = ['region-labels', 'city-labels', 'area-labels', 'capital-labels'];

/** Expression for a feature's name in the reader's language. */
export const nameIn = (lang: Lang): ExpressionSpecification => ['get', `name_${lang}`];

/** Layers whose text follows the reader's language: every name on the map, as `data-labels` reports them. */
export const NAMED_LAYERS = [
  'sea-labels',
  'geo-range-labels',
  'geo-water-labels',
  'geo-river-labels',
  'geo-relief-labels',
  'country-labels',
  'minor-labels',
  'city-labels',
  'region-labels',
  'area-labels',
  'capital-labels',
  'active-labels-west',
  'active-labels-east',
  'active-area-labels',
];

/** Layers a click can hit, topmost first. */
export const CLICKABLE_LAYERS = [
  'active-places',
  'active-area-labels',
  'capital-places',
  'city-places',
  'capital-labels',
  'area-labels',
  'minor-places',
  'clusters',
  'region-labels',
];

const kindIs = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];

const MAIN_SEAS: ExpressionSpecification = ['all', kindIs('sea'), ['==', ['get', 'rank'], 1]];

/** Physical geography is named by rank: the main seas, ranges and rivers first, the rest closer in. */
const geo = (...filters: ExpressionSpecification[]): ExpressionSpecification => [
  'all',
  ...filters,
  ['>=', ['zoom'], ['match', ['get', 'rank'], 1, 0, 2, 3.5, 5]],
];

/** Sizes grow with the zoom, scaled for the screen (a projector wants more). */
const sized = (scale: number, low: number, high: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  2,
  low * scale,
  7,
  high * scale,
];

export interface StyleOptions {
  lang: Lang;
  /** Tile address template the map's worker answers (`basemap://{z}/{x}/{y}?pack=…`). */
  basemapUrl: string;
  /** Glyph URL template with `{fontstack}` and `{range}`. */
  glyphs: string;
  palette?: Palette;
  /** Multiplies every label and marker size: 1 on a laptop, more on a projector. */
  scale?: number;
  /** Countries whose own name gives way to the name of the story's region they make up. */
  hiddenCountryLabels?: readonly string[];
}

/** Country names, less those of the countries given. */
export function countryLabelFilter(hidden: readonly string[] = []): FilterSpecification {
  const isName: FilterSpecification = ['==', ['get', 'kind'], 'country-label'];
  return hidden.length
    ? ['all', isName, ['!', ['in', ['slice', ['get', 'id'], 6], ['literal', hidden]]]]
    : isName;
}

/**
 * The map's style. Names are ranked the way MapLibre places them: layers higher in the list win
 * collisions, so the active event's places beat the story's other places, which beat country
 * names, which beat the physical geography.
 */
export function mapStyle({
  lang,
  basemapUrl,
  glyphs,
  palette = COLORS,
  scale = 1,
  hiddenCountryLabels,
}: StyleOptions): StyleSpecification {
  const c = palette;
  const text = (
    id: string,
    source: string,
    filter: FilterSpecification | undefined,
    layout: SymbolLayerSpecification['layout'],
    paint: SymbolLayerSpecification['paint'],
  ): SymbolLayerSpecification => ({
    id,
    type: 'symbol',
    source,
    ...(filter ? { filter } : {}),
    layout: { 'text-field': nameIn(lang), 'text-font': FONT, ...layout },
    paint: {
      'text-halo-color': c.halo,
      'text-halo-width': 1.5 * scale,
      'text-opacity': perFeature(1),
      ...paint,
    },
  });
  const waterLabels = (id: string, filter: ExpressionSpecification, spacing: number) =>
    text(
      id,
      'basemap',
      filter,
      {
        'text-size': sized(scale, 10, 13.5),
        'text-letter-spacing': spacing,
        'text-max-width': 6,
        'symbol-sort-key': ['get', 'rank'],
      },
      { 'text-color': c.waterLabel, 'text-halo-color': c.water, 'text-halo-width': 1 * scale },
    );
  const layers: LayerSpecification[] = [
    { id: 'water', type: 'background', paint: { 'background-color': c.water } },
    {
      id: 'land',
      type: 'fill',
      source: 'basemap',
      filter: kindIs('country'),
      // The coast and border lines trace every edge: the fills' own antialiased outline would draw
      // them twice (one more shader program, and about a twelfth of a frame under software WebGL).
      paint: {
        'fill-antialias': false,
        'fill-color': ['case', ['boolean', ['feature-state', 'active'], false], c.landActive, c.land],
      },
    },
    {
      id: 'lakes',
      type: 'fill',
      source: 'basemap',
      filter: kindIs('lake'),
      // Written like the land's colour, so both fills share one shader program (each distinct
      // mix of constant and data-driven paint costs a compile, slow under software WebGL).
      paint: {
        'fill-antialias': false,
        'fill-color': ['case', ['boolean', ['feature-state', 'active'], false], c.water, c.water],
      },
    },
    {
      id: 'rivers',
      type: 'line',
      source: 'basemap',
      filter: kindIs('river'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': c.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.7, 7, 1.8],
        'line-opacity': perFeature(1),
      },
    },
    {
      id: 'coast',
      type: 'line',
      source: 'basemap',
      // A lake's shore is drawn as the sea's coast is.
      filter: kindIs('coast', 'lake'),
      paint: { 'line-color': c.coast, 'line-width': 0.8 * scale, 'line-opacity': perFeature(1) },
    },
    {
      id: 'borders',
      type: 'line',
      source: 'basemap',
      filter: kindIs('border'),
      paint: {
        'line-color': c.border,
        'line-width': 0.9 * scale,
        'line-dasharray': [3, 2],
        'line-opacity': perFeature(1),
      },
    },
    // Each mode twice: every leg, and above it the active event's routes, lit by feature state (a
    // filter would send the layers to the workers again). A lit leg is drawn once, by the upper layer.
    ...ROUTE_MODES.flatMap((mode): LayerSpecification[] =>
      [false, true].map((active) => ({
        id: active ? `route-${mode}-active` : `route-${mode}`,
        type: 'line',
        source: 'routes',
        filter: ['==', ['get', 'mode'], mode],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': c[mode],
          'line-width': (active ? (mode === 'air' ? 3 : 4.5) : mode === 'air' ? 1.5 : 2.5) * scale,
          'line-opacity': active ? lit(0.95, 0) : lit(0, ROUTE_OPACITY),
          ...(mode === 'sea' ? { 'line-dasharray': [2, 1.5] } : {}),
          ...(mode === 'air' ? { 'line-dasharray': [1, 2] } : {}),
        },
      })),
    ),
    // The ties twice too: an unlit route's step back, a lit one's not.
    ...[false, true].map(
      (active): LayerSpecification => ({
        id: active ? 'route-rail-ties-active' : 'route-rail-ties',
        type: 'line',
        source: 'routes',
        filter: ['==', ['get', 'mode'], 'rail'],
        paint: {
          'line-color': '#ffffff',
          'line-width': 1,
          'line-dasharray': [2, 3],
          'line-opacity': active ? lit(TIES_OPACITY, 0) : lit(0, TIES_OPACITY),
        },
      }),
    ),
    text(
      'geo-relief-labels',
      'basemap',
      geo(kindIs('mountains', 'desert'), ['==', ['geometry-type'], 'Point']),
      {
        'text-size': sized(scale, 10, 13),
        'text-letter-spacing': 0.25,
        'symbol-sort-key': ['get', 'rank'],
        'text-max-width': 7,
        'text-padding': 4,
      },
      { 'text-color': c.reliefLabel, 'text-halo-color': c.land, 'text-halo-width': 1.2 * scale },
    ),
    // Mountain ranges drawn as a line along their crest carry their name along it.
    text(
      'geo-range-labels',
      'basemap',
      geo(kindIs('mountains'), ['!=', ['geometry-type'], 'Point']),
      {
        'text-size': sized(scale, 10, 13),
        'text-letter-spacing': 0.3,
        'symbol-placement': 'line-center',
        'symbol-sort-key': ['get', 'rank'],
        'text-max-angle': 30,
      },
      { 'text-color': c.reliefLabel, 'text-halo-color': c.land, 'text-halo-width': 1.2 * scale },
    ),
    text(
      'geo-river-labels',
      'basemap',
      geo(kindIs('river')),
      {
        'text-size': sized(scale, 9.5, 12),
        'text-letter-spacing': 0.08,
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'symbol-sort-key': ['get', 'rank'],
      },
      { 'text-color': c.waterLabel, 'text-halo-color': c.land, 'text-halo-width': 1.2 * scale },
    ),
    waterLabels('geo-water-labels', geo(kindIs('sea', 'lake'), ['!', MAIN_SEAS]), 0.18),
    // A region's name yields to the countries it covers: it shows where there is room.
    text(
      'region-labels',
      'major',
      ['==', ['get', 'kind'], 'region'],
      {
        'text-size': sized(scale, 12, 17),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.3,
        'text-max-width': 8,
        'text-variable-anchor': ['center', 'bottom', 'top'],
        'text-radial-offset': 1,
      },
      { 'text-color': c.place, 'text-halo-color': c.land, 'text-halo-width': 1.5 * scale },
    ),
    {
      id: 'clusters',
      type: 'circle',
      source: 'minor',
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': c.cluster,
        'circle-radius': 9 * scale,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        // A badge beside the group, so a capital's own marker under it stays visible.
        'circle-translate': [9 * scale, -9 * scale],
      },
    },
    {
      id: 'cluster-count',
      type: 'symbol',
      source: 'minor',
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': FONT,
        'text-size': 11 * scale,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': '#ffffff',
        'text-translate': [9 * scale, -9 * scale],
        'text-opacity': perFeature(1),
      },
    },
    {
      id: 'minor-places',
      type: 'circle',
      source: 'minor',
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': c.place,
        'circle-radius': 3.5 * scale,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.2,
      },
    },
    // Minor sites are named only close up: at wide views their group's badge stands for them.
    {
      minzoom: 4,
      ...text(
        'minor-labels',
        'minor',
        ['!', ['has', 'point_count']],
        {
          'text-size': 11 * scale,
          'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
          'text-radial-offset': 0.7,
          'text-max-width': 9,
          'text-optional': true,
        },
        { 'text-color': c.minorLabel },
      ),
    },
    // Capitals are rings, other cities and ports dots.
    ...([1, 2] as const).map(
      (rank): LayerSpecification => ({
        id: rank === 1 ? 'capital-places' : 'city-places',
        type: 'circle',
        source: 'major',
        filter: ['all', ['==', ['get', 'rank'], rank], ['!', kindIs('country', 'region')]],
        paint: {
          'circle-color': rank === 1 ? '#ffffff' : c.place,
          'circle-radius': (rank === 1 ? 5.5 : 4.5) * scale,
          'circle-stroke-color': rank === 1 ? c.place : '#ffffff',
          'circle-stroke-width': rank === 1 ? 3 * scale : 1.5,
        },
      }),
    ),
    // Cities and ports yield to country names, which yield to the story's countries and capitals.
    text(
      'city-labels',
      'major',
      ['all', ['==', ['get', 'rank'], 2], ['!', kindIs('country', 'region')]],
      {
        'text-size': 12.5 * scale,
        // 'left' sets the text's left end at the place: the name reads to its right.
        'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-right'],
        'text-radial-offset': 0.75,
        'text-max-width': 9,
      },
      { 'text-color': c.placeLabel, 'text-halo-width': 1.8 * scale },
    ),
    text(
      'country-labels',
      'basemap',
      countryLabelFilter(hiddenCountryLabels),
      {
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          2,
          ['match', ['get', 'size'], 1, 13 * scale, 2, 11 * scale, 9.5 * scale],
          7,
          ['match', ['get', 'size'], 1, 18 * scale, 2, 16 * scale, 13 * scale],
        ],
        // Capitals for the largest countries, the others in small type: the hierarchy of a school atlas.
        'text-transform': ['match', ['get', 'size'], 1, 'uppercase', 'none'],
        'text-letter-spacing': ['match', ['get', 'size'], 1, 0.12, 0.02],
        'text-max-width': 7,
        'text-padding': 1,
        'symbol-sort-key': ['get', 'size'],
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 0.4,
      },
      { 'text-color': c.countryLabel, 'text-halo-color': c.land, 'text-halo-width': 1.2 * scale },
    ),
    // The main seas are named before the countries and cities on their shores: the Caspian is part of the story.
    waterLabels('sea-labels', MAIN_SEAS, 0.1),
    // The story's countries, then its capitals above them: one source, so the order is certain.
    text(
      'area-labels',
      'major',
      kindIs('country'),
      {
        'text-size': 13 * scale,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.1,
        'text-variable-anchor': ['center', 'bottom', 'top', 'left', 'right'],
        'text-radial-offset': 1.2,
        'text-max-width': 9,
      },
      { 'text-color': c.place, 'text-halo-color': c.land, 'text-halo-width': 1.5 * scale },
    ),
    text(
      'capital-labels',
      'major',
      ['all', ['==', ['get', 'rank'], 1], ['!', kindIs('country', 'region')]],
      {
        'text-size': 14.5 * scale,
        'text-variable-anchor': ['left', 'center', 'bottom', 'top', 'right', 'top-left', 'bottom-left'],
        'text-radial-offset': 0.75,
        'text-max-width': 9,
      },
      { 'text-color': c.placeLabel, 'text-halo-width': 1.8 * scale },
    ),
    // Room around each of the event's places, where no name of a layer below may stand: the active
    // layers above name the place, and its everyday name would say it again beside them. A box,
    // not a feature state of the story's places: a first state on a tile reads it whole (a long
    // task per tile of a story with thousands of places).
    {
      id: 'active-room',
      type: 'symbol',
      source: 'activePlaces',
      layout: {
        'icon-image': ROOM_IMAGE,
        // Room (px across) wide enough to meet the place's everyday name at any of its anchors (set
        // off up to 11 px from a place, 17 from an area), and no wider: it keeps neighbours' names away too.
        'icon-size': ['case', kindIs('country', 'region'), 34 * scale, 22 * scale],
        'icon-allow-overlap': true,
      },
      paint: { 'icon-opacity': 0 },
    },
    {
      id: 'active-places',
      type: 'circle',
      source: 'activePlaces',
      filter: ['!', kindIs('country', 'region')],
      paint: {
        'circle-color': c.placeActive,
        'circle-radius': 8 * scale,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 3 * scale,
      },
    },
    text(
      'active-area-labels',
      'activePlaces',
      kindIs('country', 'region'),
      {
        'text-size': ['get', 'size'],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.14,
        'text-max-width': 8,
        'text-allow-overlap': true,
      },
      { 'text-color': c.placeLabelActive, 'text-halo-width': 2.2 * scale },
    ),
    // Names on the west of the event's places go to their right (anchor 'left'), on the east to
    // their left: into the frame, away from its edges and from the overlays beside them.
    ...(['west', 'east'] as const).map((side) =>
      text(
        `active-labels-${side}`,
        'activePlaces',
        ['all', ['!', kindIs('country', 'region')], ['==', ['get', 'side'], side]],
        {
          'text-size': ['get', 'size'],
          'text-variable-anchor':
            side === 'west'
              ? ['left', 'top-left', 'bottom-left', 'top', 'bottom', 'right', 'top-right', 'bottom-right']
              : ['right', 'top-right', 'bottom-right', 'top', 'bottom', 'left', 'top-left', 'bottom-left'],
          'text-radial-offset': 0.9,
          'text-max-width': 10,
          // Placed before every other name; only names of the same event can stand in their way.
          'text-padding': 1,
        },
        { 'text-color': c.placeLabelActive, 'text-halo-width': 2.4 * scale },
      ),
    ),
  ];
  return {
    version: 8,
    glyphs,
    sources: {
      // Vector tiles cut at build time; feature state (the tinted countries) keys on `id`.
      basemap: { type: 'vector', tiles: [basemapUrl], maxzoom: BASEMAP_MAX_ZOOM, promoteId: 'id' },
      // A route's legs share its id, so one feature state lights them all.
      routes: empty({ promoteId: 'route' }),
      // Minor sites gather into numbered badges at wide views; clicking one zooms until it opens.
      // Ids let a change of the active places be sent as a change (`updateData`), not the whole set.
      minor: empty({ cluster: true, clusterRadius: 22, clusterMaxZoom: 8, promoteId: 'id' }),
      major: empty(),
      activePlaces: empty(),
    },
    // Every basemap feature is in the tile pack's one layer.
    layers: layers.map((layer) =>
      'source' in layer && layer.source === 'basemap' ? { ...layer, 'source-layer': BASEMAP_LAYER } : layer,
    ),
  };
}

type StepBackProperty =
  | 'circle-opacity'
  | 'circle-stroke-opacity'
  | 'text-color'
  | 'text-halo-color'
  | 'line-color';

/**
 * What steps back while an event is shown, as fixed paint values of whole layers: the markers'
 * opacity, the names' and unlit routes' colours, each by a share of its own. A feature state per
 * feature instead made MapLibre redo the paint values of every feature of a story of thousands,
 * frame after frame of the camera's flight. The active layers draw the event's own places above the
 * everyday ones, whose names the room round them (`active-room`) keeps away, so nothing lit steps back.
 */
const STEP_BACK: [layers: string[], properties: StepBackProperty[], share: number][] = [
  [['capital-places', 'city-places', 'minor-places'], ['circle-opacity', 'circle-stroke-opacity'], DIMMED],
  [['clusters'], ['circle-opacity'], DIMMED],
  [[...EVERYDAY_NAME_LAYERS, 'minor-labels'], ['text-color', 'text-halo-color'], DIMMED],
  [ROUTE_MODES.map((mode) => `route-${mode}`), ['line-color'], DIMMED_ROUTE / ROUTE_OPACITY],
  [['route-rail-ties'], ['line-color'], DIMMED_ROUTE / TIES_OPACITY],
];

export interface StepBack {
  layer: string;
  property: StepBackProperty;
  normal: string | number;
  dimmed: string | number;
}

/** The paint values `STEP_BACK` sets in a style, with and without an event shown. */
export function stepBackPaints(style: StyleSpecification): StepBack[] {
  return STEP_BACK.flatMap(([ids, properties, share]) =>
    ids.flatMap((id) => {
      const layer = style.layers.find((l) => l.id === id) as { paint?: Record<string, unknown> } | undefined;
      if (!layer) throw new Error(`no layer ${id} to step back`);
      return properties.map((property) => {
        const normal = layer.paint?.[property] ?? 1;
        if (typeof normal === 'number') return { layer: id, property, normal, dimmed: normal * share };
        // A colour's alpha as two more hex digits: the palettes' colours are all #rrggbb.
        if (typeof normal !== 'string' || !/^#[0-9a-f]{6}$/i.test(normal))
          throw new Error(`${id} ${property}: not a #rrggbb colour`);
        const alpha = Math.round(share * 255)
          .toString(16)
          .padStart(2, '0');
        return { layer: id, property, normal, dimmed: `${normal}${alpha}` };
      });
    }),
  );
}
