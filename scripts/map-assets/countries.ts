import { geoArea } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import countries from 'i18n-iso-countries';
import zhNames from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type CountryMeta, unwrapRing } from '../../src/map/basemap.ts';

countries.registerLocale(zhNames);

/** Natural Earth leaves a few places without an ISO code; they get a stable id of their own. */
const slug = (name: string) =>
  `X-${name
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/-$/, '')}`;

/** Names and anchors chosen by hand where the defaults read badly on this story's map. */
const OVERRIDES: Record<string, Partial<Pick<CountryMeta, 'name_en' | 'name_zh' | 'at'>>> = {
  CHN: { name_en: 'China', at: [100, 35] },
  KAZ: { at: [67.5, 48.3] },
  TJK: { at: [71.2, 38.9] },
  KGZ: { at: [74.6, 41.6] },
  UZB: { at: [63.5, 41.8] },
  TKM: { at: [59, 39.2] },
  AFG: { at: [66, 33.8] },
  PAK: { at: [69.5, 29.5] },
  IND: { at: [78.5, 22] },
  MNG: { name_zh: '蒙古国', at: [103, 46.6] },
  RUS: { at: [75, 58] },
  IRN: { at: [54, 32.5] },
  TUR: { name_en: 'Türkiye', at: [35, 39] },
  PRK: { at: [127, 40.2] },
  KOR: { at: [128, 36.4] },
  JPN: { at: [138.5, 36.5] },
  TWN: { name_zh: '台湾', name_en: 'Taiwan' },
  HKG: { name_zh: '香港' },
  MAC: { name_zh: '澳门' },
  'X-kosovo': { name_zh: '科索沃' },
  'X-somaliland': { name_zh: '索马里兰' },
  'X-n-cyprus': { name_zh: '北塞浦路斯' },
};

function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const unwrapped = polys.map((rings) => rings.map(unwrapRing));
  return unwrapped.reduce((a, b) =>
    geoArea({ type: 'Polygon', coordinates: b }) > geoArea({ type: 'Polygon', coordinates: a }) ? b : a,
  );
}

const EARTH_KM2 = 4 * Math.PI * 6371 ** 2;

/** Every country's id, names in both languages, label anchor and area, from Natural Earth and ISO 3166. */
export function countryMeta(topo: Topology): CountryMeta[] {
  const collection = topo.objects.countries as GeometryCollection;
  return collection.geometries.flatMap((g) => {
    const f = feature(topo, g) as Feature<Geometry | null>;
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') return [];
    const name = (g.properties as { name?: string } | undefined)?.name ?? '';
    const numeric = g.id === undefined ? undefined : String(g.id);
    const id = (numeric && countries.numericToAlpha3(numeric)) || slug(name);
    const override = OVERRIDES[id] ?? {};
    const at =
      override.at ?? (polylabel(largestPolygon(f.geometry) as [number, number][][], 0.2) as [number, number]);
    return [
      {
        numeric: numeric ?? name,
        id,
        name_en: override.name_en ?? name,
        name_zh: override.name_zh ?? ((numeric && countries.getName(numeric, 'zh')) || name),
        at: [Math.round(at[0] * 100) / 100, Math.round(at[1] * 100) / 100],
        area: Math.round((geoArea(f.geometry) / (4 * Math.PI)) * EARTH_KM2),
      },
    ];
  });
}
