import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countryMeta } from '../../scripts/map-assets/countries';
import { basemapFeatures, buildBasemap, countriesAt, unwrapRing } from './basemap';

describe('unwrapRing', () => {
  it('keeps every step across the antimeridian under 180 degrees', () => {
    expect(
      unwrapRing([
        [179, 60],
        [-179, 61],
        [-178, 62],
        [179, 60],
      ]),
    ).toEqual([
      [179, 60],
      [181, 61],
      [182, 62],
      [179, 60],
    ]);
  });
});

describe('buildBasemap', () => {
  const topo = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
  const countries = countryMeta(topo);
  const basemap = buildBasemap(topo, { countries, geography: { type: 'FeatureCollection', features: [] } });

  it('has no ring that jumps across the world (the band artefact)', () => {
    for (const f of basemap.countries.features) {
      for (const poly of f.geometry.coordinates) {
        for (const ring of poly) {
          for (let i = 1; i < ring.length; i++) {
            expect(Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0))).toBeLessThanOrEqual(180);
          }
        }
      }
    }
  });

  it('finds the countries of places and drops Antarctica', () => {
    const ids = basemap.countries.features.map((f) => f.properties.id);
    expect(ids).not.toContain('ATA');
    expect(
      countriesAt(basemap, [
        [71.43, 51.13],
        [68.78, 38.56],
      ]).sort(),
    ).toEqual(['KAZ', 'TJK']);
    expect(basemap.borders.geometry.coordinates.length).toBeGreaterThan(100);
  });

  it('names every country once, in Chinese and English, where the country is', () => {
    const labels = basemap.labels.features.map((f) => f.properties);
    const five = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'].map((id) => labels.find((l) => l.id === id));
    expect(five.map((l) => l?.name_zh)).toEqual([
      '哈萨克斯坦',
      '吉尔吉斯斯坦',
      '塔吉克斯坦',
      '土库曼斯坦',
      '乌兹别克斯坦',
    ]);
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
    for (const l of labels) expect(l.name_zh, l.name_en).toMatch(/\p{Script=Han}/u);
    for (const f of basemap.labels.features) {
      expect(countriesAt(basemap, [f.geometry.coordinates]), f.properties.name_en).toContain(f.properties.id);
    }
  });

  it('gives MapLibre one feature collection with unique ids', () => {
    const ids = basemapFeatures(basemap).features.map((f) => f.properties?.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
