import type { ExpressionSpecification, GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../story/schema';

/** Bundled web font; MapLibre draws labels with it locally because the style has no `glyphs`. */
export const FONT = ['Noto Sans SC'];

export const COLORS = {
  water: '#c9dfec',
  land: '#f3efe6',
  landActive: '#f7e3b5',
  border: '#9c8f7d',
  coast: '#7fa6bd',
  countryLabel: '#5e5549',
  place: '#1d4f91',
  placeActive: '#c2261d',
  halo: '#ffffff',
  placeLabel: '#1f2933',
  placeLabelActive: '#7a1410',
  road: '#b5651d',
  rail: '#3b3b3b',
  sea: '#1f6fb2',
  air: '#6a3d9a',
};

const empty = (extra: Partial<GeoJSONSourceSpecification> = {}): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: { type: 'FeatureCollection', features: [] },
  ...extra,
});

/** Expression for a feature's name in the reader's language. */
export const nameIn = (lang: Lang): ExpressionSpecification => ['get', `name_${lang}`];

export function baseStyle(lang: Lang): StyleSpecification {
  const halo = { 'text-halo-color': COLORS.halo, 'text-halo-width': 1.6 };
  const dimmed = (active: number, rest: number): ExpressionSpecification => [
    'case',
    ['boolean', ['get', 'active'], false],
    active,
    rest,
  ];
  return {
    version: 8,
    sources: {
      // Feature state (the active event's countries) needs ids.
      countries: empty({ promoteId: 'id' }),
      borders: empty(),
      coast: empty(),
      countryLabels: empty(),
      routes: empty(),
      places: empty({ cluster: true, clusterRadius: 28, clusterMaxZoom: 5 }),
      activePlaces: empty(),
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': COLORS.water } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': [
            'case',
            ['boolean', ['feature-state', 'active'], false],
            COLORS.landActive,
            COLORS.land,
          ],
        },
      },
      {
        id: 'coast',
        type: 'line',
        source: 'coast',
        paint: { 'line-color': COLORS.coast, 'line-width': 0.8 },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': COLORS.border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'countryLabels',
        layout: {
          'text-field': nameIn(lang),
          'text-font': FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 15],
          'text-letter-spacing': 0.08,
          'text-max-width': 8,
        },
        paint: { 'text-color': COLORS.countryLabel, ...halo },
      },
      ...(['sea', 'rail', 'road', 'air'] as const).map((mode) => ({
        id: `route-${mode}`,
        type: 'line' as const,
        source: 'routes',
        filter: ['==', ['get', 'mode'], mode] as ExpressionSpecification,
        layout: { 'line-cap': 'round' as const, 'line-join': 'round' as const },
        paint: {
          'line-color': COLORS[mode],
          'line-width': dimmed(mode === 'air' ? 2.5 : 4, mode === 'air' ? 1.5 : 2.5),
          'line-opacity': [
            'case',
            ['boolean', ['get', 'active'], false],
            0.95,
            ['boolean', ['get', 'dim'], false],
            0.25,
            0.7,
          ] as ExpressionSpecification,
          ...(mode === 'sea' ? { 'line-dasharray': [2, 1.5] } : {}),
          ...(mode === 'air' ? { 'line-dasharray': [1, 2] } : {}),
        },
      })),
      {
        id: 'route-rail-ties',
        type: 'line',
        source: 'routes',
        filter: ['==', ['get', 'mode'], 'rail'],
        paint: { 'line-color': '#ffffff', 'line-width': 1, 'line-dasharray': [2, 3], 'line-opacity': 0.9 },
      },
      {
        id: 'clusters',
        type: 'circle',
        source: 'places',
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': COLORS.place,
          'circle-opacity': ['case', ['boolean', ['get', 'dim'], false], 0.5, 0.85],
          'circle-radius': ['step', ['get', 'point_count'], 11, 5, 14, 10, 17],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
      {
        id: 'cluster-count',
        type: 'symbol',
        source: 'places',
        filter: ['has', 'point_count'],
        layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': FONT, 'text-size': 12 },
        paint: { 'text-color': '#ffffff' },
      },
      {
        id: 'places',
        type: 'circle',
        source: 'places',
        filter: ['!', ['has', 'point_count']],
        paint: {
          // A whole country or region is a hollow ring: it stands for an area, not a spot.
          'circle-color': [
            'match',
            ['get', 'kind'],
            ['country', 'region'],
            'rgba(255,255,255,0.6)',
            COLORS.place,
          ],
          'circle-radius': ['match', ['get', 'kind'], ['country', 'region'], 7, 6],
          'circle-stroke-color': ['match', ['get', 'kind'], ['country', 'region'], COLORS.place, '#ffffff'],
          'circle-stroke-width': ['match', ['get', 'kind'], ['country', 'region'], 2, 1.5],
          'circle-opacity': ['case', ['boolean', ['get', 'dim'], false], 0.45, 1],
          'circle-stroke-opacity': ['case', ['boolean', ['get', 'dim'], false], 0.45, 1],
        },
      },
      {
        id: 'place-labels',
        type: 'symbol',
        source: 'places',
        filter: ['!', ['has', 'point_count']],
        layout: {
          'text-field': nameIn(lang),
          'text-font': FONT,
          'text-size': 12,
          'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
          'text-radial-offset': 0.8,
          'text-optional': true,
          'text-max-width': 9,
        },
        paint: {
          'text-color': COLORS.placeLabel,
          'text-opacity': ['case', ['boolean', ['get', 'dim'], false], 0.5, 1],
          ...halo,
        },
      },
      {
        id: 'active-places',
        type: 'circle',
        source: 'activePlaces',
        paint: {
          'circle-color': [
            'match',
            ['get', 'kind'],
            ['country', 'region'],
            'rgba(255,255,255,0.7)',
            COLORS.placeActive,
          ],
          'circle-radius': 9,
          'circle-stroke-color': [
            'match',
            ['get', 'kind'],
            ['country', 'region'],
            COLORS.placeActive,
            '#ffffff',
          ],
          'circle-stroke-width': 3,
        },
      },
      {
        id: 'active-place-labels',
        type: 'symbol',
        source: 'activePlaces',
        layout: {
          'text-field': nameIn(lang),
          'text-font': FONT,
          'text-size': 15,
          // Neighbouring active places (a palace in its city) put their names on different sides.
          'text-variable-anchor': ['top', 'bottom', 'right', 'left', 'top-right', 'bottom-left'],
          'text-radial-offset': 0.9,
          'text-max-width': 10,
        },
        paint: { 'text-color': COLORS.placeLabelActive, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
      },
    ],
  };
}
