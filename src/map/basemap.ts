import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

/** Chinese names and label anchors for the countries a reader of this story looks at (Natural Earth ids). */
export const COUNTRY_LABELS: Record<string, { zh: string; en: string; at: [number, number] }> = {
  '156': { zh: '中国', en: 'China', at: [100, 35] },
  '398': { zh: '哈萨克斯坦', en: 'Kazakhstan', at: [67.5, 48.3] },
  '762': { zh: '塔吉克斯坦', en: 'Tajikistan', at: [71.2, 38.9] },
  '417': { zh: '吉尔吉斯斯坦', en: 'Kyrgyzstan', at: [74.6, 41.6] },
  '860': { zh: '乌兹别克斯坦', en: 'Uzbekistan', at: [63.5, 41.8] },
  '795': { zh: '土库曼斯坦', en: 'Turkmenistan', at: [59, 39.2] },
  '004': { zh: '阿富汗', en: 'Afghanistan', at: [66, 33.8] },
  '586': { zh: '巴基斯坦', en: 'Pakistan', at: [69.5, 29.5] },
  '356': { zh: '印度', en: 'India', at: [78.5, 22] },
  '496': { zh: '蒙古国', en: 'Mongolia', at: [103, 46.6] },
  '643': { zh: '俄罗斯', en: 'Russia', at: [75, 58] },
  '364': { zh: '伊朗', en: 'Iran', at: [54, 32.5] },
  '031': { zh: '阿塞拜疆', en: 'Azerbaijan', at: [47.6, 40.4] },
  '268': { zh: '格鲁吉亚', en: 'Georgia', at: [43.4, 42.2] },
  '051': { zh: '亚美尼亚', en: 'Armenia', at: [44.9, 40.2] },
  '792': { zh: '土耳其', en: 'Türkiye', at: [35, 39] },
  '112': { zh: '白俄罗斯', en: 'Belarus', at: [28, 53.5] },
  '804': { zh: '乌克兰', en: 'Ukraine', at: [31.5, 49] },
  '616': { zh: '波兰', en: 'Poland', at: [19.4, 52] },
  '276': { zh: '德国', en: 'Germany', at: [10.4, 51.2] },
  '368': { zh: '伊拉克', en: 'Iraq', at: [43.7, 33] },
  '760': { zh: '叙利亚', en: 'Syria', at: [38.5, 35] },
  '682': { zh: '沙特阿拉伯', en: 'Saudi Arabia', at: [45, 24] },
  '408': { zh: '朝鲜', en: 'North Korea', at: [127, 40.2] },
  '410': { zh: '韩国', en: 'South Korea', at: [128, 36.4] },
  '392': { zh: '日本', en: 'Japan', at: [138.5, 36.5] },
  '104': { zh: '缅甸', en: 'Myanmar', at: [96, 21] },
  '704': { zh: '越南', en: 'Vietnam', at: [105.8, 16.5] },
  '524': { zh: '尼泊尔', en: 'Nepal', at: [84, 28.3] },
};

const ANTARCTICA = '010';

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

export interface Basemap {
  countries: FeatureCollection<MultiPolygon, { id: string }>;
  borders: Feature<MultiLineString>;
  coast: Feature<MultiLineString>;
  labels: FeatureCollection<Point, { name_zh: string; name_en: string }>;
}

/** Builds the basemap layers from a world-atlas TopoJSON. */
export function buildBasemap(topo: Topology): Basemap {
  const object = topo.objects.countries as GeometryCollection;
  const all = feature(topo, object) as FeatureCollection<Polygon | MultiPolygon>;
  const countries = all.features
    .filter((f) => f.id !== ANTARCTICA && f.geometry)
    .map((f) => ({
      type: 'Feature' as const,
      properties: { id: String(f.id) },
      geometry: unwrapPolygon(f.geometry),
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
      features: Object.values(COUNTRY_LABELS).map((c) => ({
        type: 'Feature',
        properties: { name_zh: c.zh, name_en: c.en },
        geometry: { type: 'Point', coordinates: c.at },
      })),
    },
  };
}

/** Fetches the bundled countries (a static asset, cached by the browser) and builds the basemap. */
let loading: Promise<Basemap> | null = null;

/** Fetched (from the page's preload) and parsed once, whichever map asks first. */
export function loadBasemap(): Promise<Basemap> {
  loading ??= fetch(countriesUrl)
    .then((response) => response.json() as Promise<Topology>)
    .then(buildBasemap)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
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
export function countriesAt(basemap: Basemap, points: Position[]): string[] {
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
