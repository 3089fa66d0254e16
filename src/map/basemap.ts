import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A country as the build step describes it (`scripts/map-assets/countries.ts`). */
export interface CountryMeta {
  /** ISO 3166-1 numeric code, as Natural Earth keys its shapes, or Natural Earth's name where it has none. */
  numeric: string;
  /** ISO 3166-1 alpha-3 code: the id stories use for a country (`area`) and the map's feature id. */
  id: string;
  name_en: string;
  name_zh: string;
  /** Where the name goes. */
  at: [number, number];
  /** Square kilometres, for the label's size and priority. */
  area: number;
}

export const GEOGRAPHY_KINDS = ['sea', 'lake', 'river', 'mountains', 'desert'] as const;
export type GeographyKind = (typeof GEOGRAPHY_KINDS)[number];

export interface GeographyProps {
  id: string;
  kind: GeographyKind;
  name_en: string;
  name_zh: string;
  /** 1 shows at the widest view, 3 only close up. */
  rank: number;
}

/** What the build step adds to the Natural Earth shapes: country names and anchors, and physical geography. */
export interface MapExtras {
  countries: CountryMeta[];
  geography: FeatureCollection<Geometry, GeographyProps>;
}

export interface CountryLabel {
  id: string;
  name_zh: string;
  name_en: string;
  /** 1 for the largest countries, 3 for the smallest: bigger names are placed first and drawn larger. */
  size: number;
}

export interface Basemap {
  countries: FeatureCollection<MultiPolygon, { id: string }>;
  borders: Feature<MultiLineString>;
  coast: Feature<MultiLineString>;
  labels: FeatureCollection<Point, CountryLabel>;
  geography: FeatureCollection<Geometry, GeographyProps>;
}

const ANTARCTICA = '010';
/** Smaller countries are left unnamed: at this map's scale they are a dot. */
const MIN_LABELLED_AREA = 5_000;

/**
 * Natural Earth rings that cross the antimeridian jump by ~360° between two vertices, which
 * MapLibre draws as a band across the world. Unwrapping keeps each step under 180°.
 */
export function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  let prev: number | undefined;
  for (const [lon = 0, lat = 0] of ring) {
    if (prev !== undefined) {
      const d = lon + shift - prev;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    prev = lon + shift;
    out.push([prev, lat]);
  }
  return out;
}

function unwrapPolygon(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return { type: 'MultiPolygon', coordinates: polys.map((rings) => rings.map(unwrapRing)) };
}

export const labelSize = (area: number): number => (area > 1_500_000 ? 1 : area > 150_000 ? 2 : 3);

/** Builds the basemap from a world-atlas TopoJSON and the build step's extras. */
export function buildBasemap(topo: Topology, extras: MapExtras): Basemap {
  const object = topo.objects.countries as GeometryCollection;
  const all = feature(topo, object) as FeatureCollection<Polygon | MultiPolygon>;
  const meta = new Map(extras.countries.map((c) => [c.numeric, c]));
  // Parts Natural Earth keeps apart (Ashmore and Cartier Islands, Australia's) join their country.
  const parts = new Map<string, Position[][][]>();
  for (const f of all.features) {
    if (f.id === ANTARCTICA || !f.geometry) continue;
    const key = String(f.id ?? (f.properties as { name?: string } | null)?.name ?? '');
    const id = meta.get(key)?.id ?? key;
    parts.set(id, [...(parts.get(id) ?? []), ...unwrapPolygon(f.geometry).coordinates]);
  }
  const countries = [...parts].map(([id, coordinates]) => ({
    type: 'Feature' as const,
    properties: { id },
    geometry: { type: 'MultiPolygon' as const, coordinates },
  }));
  const lines = (filter: (a: unknown, b: unknown) => boolean): Feature<MultiLineString> => ({
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiLineString',
      coordinates: mesh(topo, object, filter).coordinates.map(unwrapRing),
    },
  });
  return {
    countries: { type: 'FeatureCollection', features: countries },
    borders: lines((a, b) => a !== b),
    coast: lines((a, b) => a === b),
    labels: {
      type: 'FeatureCollection',
      features: extras.countries
        .filter((c) => c.area >= MIN_LABELLED_AREA && c.id !== 'ATA')
        .map((c) => ({
          type: 'Feature',
          properties: { id: c.id, name_zh: c.name_zh, name_en: c.name_en, size: labelSize(c.area) },
          geometry: { type: 'Point', coordinates: c.at },
        })),
    },
    geography: extras.geography,
  };
}

/**
 * The whole basemap as one GeoJSON for MapLibre, each feature tagged with its `kind` and a unique
 * `id` (a country's is its ISO alpha-3 code, so stories can name countries and regions by it).
 */
export function basemapFeatures(b: Basemap): FeatureCollection {
  const tag = (f: Feature, kind: string, id: string): Feature => ({
    ...f,
    properties: { ...f.properties, kind, id },
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...b.countries.features.map((f) => tag(f, 'country', f.properties.id)),
      tag(b.borders, 'border', 'borders'),
      tag(b.coast, 'coast', 'coast'),
      ...b.labels.features.map((f) => tag(f, 'country-label', `label-${f.properties.id}`)),
      ...b.geography.features.map((f) => tag(f, f.properties.kind, f.properties.id)),
    ],
  };
}

/** The bundled shapes and the build step's extras, fetched together. */
export async function fetchBasemap(topologyUrl: string, extrasUrl: string): Promise<Basemap> {
  const [topo, extras] = await Promise.all(
    [topologyUrl, extrasUrl].map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json();
    }),
  );
  return buildBasemap(topo as Topology, extras as MapExtras);
}

function inRing(point: Position, ring: Position[]): boolean {
  const [x = 0, y = 0] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Ids of the countries that contain any of the points (to tint the countries of the active event). */
export function countriesAt(basemap: Pick<Basemap, 'countries'>, points: Position[]): string[] {
  const ids = new Set<string>();
  for (const f of basemap.countries.features) {
    const hit = points.some((p) =>
      f.geometry.coordinates.some(
        ([outer, ...holes]) => outer !== undefined && inRing(p, outer) && !holes.some((h) => inRing(p, h)),
      ),
    );
    if (hit) ids.add(f.properties.id);
  }
  return [...ids];
}
