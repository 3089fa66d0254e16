import { describe, expect, it } from 'vitest';
import { type Gazetteer, searchCities } from './gazetteer';

/** A gazetteer from [name, country, population] rows, largest first as the build sorts it. */
function gazetteer(rows: [string, string, number][]): Gazetteer {
  const sorted = [...rows].sort((a, b) => b[2] - a[2]);
  return {
    names: sorted.map((r) => r[0]),
    countries: sorted.map((r) => r[1]),
    lon: sorted.map((_, i) => i),
    lat: sorted.map((_, i) => -i),
    population: sorted.map((r) => r[2]),
  };
}

describe('searchCities', () => {
  const data = gazetteer([
    ['Samarkand', 'UZ', 319_366],
    ['Samara', 'RU', 1_134_730],
    ['Ho Chi Minh City', 'VN', 3_467_331],
    ['Köln', 'DE', 963_395],
    ['Almaty', 'KZ', 2_000_900],
    ['Kazan', 'RU', 1_104_738],
  ]);
  const names = (q: string) => searchCities(data, q).map((c) => c.name);

  it('finds names by their beginning, the larger city first', () => {
    expect(names('sam')).toEqual(['Samara', 'Samarkand']);
    expect(names('Samark')).toEqual(['Samarkand']);
  });

  it('puts an exact name before longer ones, and finds later words', () => {
    expect(names('samara')).toEqual(['Samara']);
    expect(names('chi minh')).toEqual(['Ho Chi Minh City']);
    expect(names('ho chi')).toEqual(['Ho Chi Minh City']);
  });

  it('ignores case and accents, and a word inside another is not a match', () => {
    expect(names('KOLN')).toEqual(['Köln']);
    expect(names('maty')).toEqual([]);
    expect(names('  ')).toEqual([]);
  });

  it('returns the coordinates and country with the name, at most `limit`', () => {
    expect(searchCities(data, 'almaty')[0]).toMatchObject({
      name: 'Almaty',
      country: 'KZ',
      population: 2_000_900,
    });
    expect(searchCities(data, 'a', 1)).toHaveLength(1);
  });
});
