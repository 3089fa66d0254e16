import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildBasemap, countriesAt, unwrapRing } from './basemap';

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
  const basemap = buildBasemap(topo);

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
    expect(ids).not.toContain('010');
    expect(
      countriesAt(basemap, [
        [71.43, 51.13],
        [68.78, 38.56],
      ]).sort(),
    ).toEqual(['398', '762']);
    expect(basemap.borders.geometry.coordinates.length).toBeGreaterThan(100);
  });
});
