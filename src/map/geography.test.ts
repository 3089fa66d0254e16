import { readFileSync } from 'node:fs';
import { geoDistance } from 'd3-geo';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  buildBasemap,
  countriesAt,
  type GeographyKind as Kind,
  type GeographyProps as Props,
} from './basemap';

const geography = JSON.parse(readFileSync('data/geography.json', 'utf8')) as FeatureCollection<
  Geometry,
  Props
>;
const features = geography.features;
const basemap = buildBasemap(
  JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology,
  { countries: [], geography },
);

const GEOMETRY: Record<Kind, string[]> = {
  sea: ['Point', 'LineString'],
  lake: ['Polygon', 'MultiPolygon'],
  river: ['LineString', 'MultiLineString'],
  mountains: ['LineString', 'Point'],
  desert: ['Point'],
};

/**
 * Where each river ends: the coast (sea or Caspian), the id of the lake or river it flows into, or
 * `inland` for the rivers that dry out in the desert. A new river needs an entry.
 */
const MOUTHS: Record<string, string> = {
  'amu-darya': 'aral-sea',
  'syr-darya': 'aral-sea',
  ili: 'lake-balkhash',
  panj: 'amu-darya',
  vakhsh: 'panj',
  naryn: 'syr-darya',
  irtysh: 'ob',
  ishim: 'irtysh',
  yarkand: 'tarim',
  hotan: 'tarim',
  aksu: 'tarim',
  'yarlung-tsangpo': 'brahmaputra',
  brahmaputra: 'ganges',
  aras: 'kura',
  euphrates: 'shatt-al-arab',
  tigris: 'shatt-al-arab',
  volga: 'coast',
  ural: 'coast',
  kura: 'coast',
  ob: 'coast',
  'yellow-river': 'coast',
  yangtze: 'coast',
  amur: 'coast',
  indus: 'coast',
  ganges: 'coast',
  danube: 'coast',
  rhine: 'coast',
  dnieper: 'coast',
  don: 'coast',
  'shatt-al-arab': 'coast',
  zeravshan: 'inland',
  chu: 'inland',
  talas: 'inland',
  tarim: 'inland',
};

function km(a: Position, b: Position): number {
  return geoDistance([a[0] ?? 0, a[1] ?? 0], [b[0] ?? 0, b[1] ?? 0]) * 6371;
}

/** Distance in km from p to the segment a–b, on a plane tangent at p (fine for segments of tens of km). */
function kmToSegment(p: Position, a: Position, b: Position): number {
  const [lon = 0, lat = 0] = p;
  const k = Math.cos((lat * Math.PI) / 180);
  const xy = ([x = 0, y = 0]: Position): [number, number] => [(x - lon) * k * 111.2, (y - lat) * 111.2];
  const [ax, ay] = xy(a);
  const [bx, by] = xy(b);
  const len = (bx - ax) ** 2 + (by - ay) ** 2;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * (bx - ax) + ay * (by - ay)) / len));
  return Math.hypot(ax + t * (bx - ax), ay + t * (by - ay));
}

function kmToLines(p: Position, lines: Position[][]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      if (a && b) best = Math.min(best, kmToSegment(p, a, b));
    }
  }
  return best;
}

function lines(g: Geometry): Position[][] {
  switch (g.type) {
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    default:
      return [];
  }
}

function positions(g: Geometry): Position[] {
  return g.type === 'Point' ? [g.coordinates] : lines(g).flat();
}

const byId = new Map(features.map((f) => [f.properties.id, f]));
const ofKind = (kind: Kind) => features.filter((f) => f.properties.kind === kind);

function linesOf(id: string): Position[][] {
  const f = byId.get(id);
  return f ? lines(f.geometry) : [];
}

describe('geography', () => {
  it('has every kind, unique kebab-case ids, both names and a rank', () => {
    expect(new Set(features.map((f) => f.properties.kind))).toEqual(new Set(Object.keys(GEOMETRY)));
    expect(byId.size).toBe(features.length);
    for (const { properties: p } of features) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.name_en.trim(), p.id).not.toBe('');
      expect(p.name_zh, p.id).toMatch(/\p{Script=Han}/u);
      expect([1, 2, 3], p.id).toContain(p.rank);
    }
  });

  it('uses the geometry each kind is drawn with, in range, to two decimals', () => {
    for (const f of features) {
      expect(GEOMETRY[f.properties.kind], f.properties.id).toContain(f.geometry.type);
      for (const [lon = Number.NaN, lat = Number.NaN] of positions(f.geometry)) {
        expect(Math.abs(lon), f.properties.id).toBeLessThanOrEqual(180);
        expect(Math.abs(lat), f.properties.id).toBeLessThanOrEqual(90);
        expect(Math.round(lon * 100) / 100, f.properties.id).toBe(lon);
        expect(Math.round(lat * 100) / 100, f.properties.id).toBe(lat);
      }
    }
  });

  it('closes every lake ring', () => {
    for (const f of ofKind('lake')) {
      for (const ring of lines(f.geometry)) {
        expect(ring.length, f.properties.id).toBeGreaterThanOrEqual(4);
        expect(ring.at(-1), f.properties.id).toEqual(ring[0]);
      }
    }
  });

  it('follows each river closely enough to draw its course', () => {
    for (const f of ofKind('river')) {
      for (const line of lines(f.geometry)) {
        expect(line.length, f.properties.id).toBeGreaterThanOrEqual(6);
        for (let i = 1; i < line.length; i++) {
          const [a, b] = [line[i - 1], line[i]];
          if (a && b) expect(km(a, b), `${f.properties.id} vertex ${i}`).toBeLessThan(300);
        }
      }
    }
  });

  it('puts lakes on land and sea names on water', () => {
    for (const f of ofKind('lake')) {
      for (const p of positions(f.geometry)) {
        expect(countriesAt(basemap, [p]), `${f.properties.id} ${p.join(',')}`).not.toEqual([]);
      }
    }
    for (const f of ofKind('sea')) {
      for (const p of positions(f.geometry)) {
        expect(countriesAt(basemap, [p]), f.properties.id).toEqual([]);
      }
    }
  });

  it('ends each river where it flows into a sea, a lake or another river', () => {
    const rivers = ofKind('river');
    expect(rivers.filter((f) => !(f.properties.id in MOUTHS)).map((f) => f.properties.id)).toEqual([]);
    for (const river of rivers) {
      const { id } = river.properties;
      const into = MOUTHS[id] ?? 'inland';
      const mouth = lines(river.geometry).at(-1)?.at(-1);
      if (into === 'inland' || !mouth) continue;
      const target = into === 'coast' ? basemap.coast.geometry.coordinates : linesOf(into);
      expect(target.length, `${id} flows into ${into}`).toBeGreaterThan(0);
      expect(kmToLines(mouth, target), `${id} mouth to ${into}`).toBeLessThan(60);
      // shown whenever the river is, so that no river ends in nothing at a wide view
      if (into !== 'coast')
        expect(byId.get(into)?.properties.rank, `${into} rank`).toBeLessThanOrEqual(river.properties.rank);
    }
  });
});
