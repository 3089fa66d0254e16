/** Cities in columns (one array a field): compact to ship, quick to scan. Sorted by population, largest first. */
export interface Gazetteer {
  names: string[];
  countries: string[];
  lon: number[];
  lat: number[];
  population: number[];
}

export interface City {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lon: number;
  lat: number;
  population: number;
}

/** Lower case without accents, the Turkish dotless i read as i: "koln" finds Cologne by its German name. */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0131/g, 'i')
    .toLowerCase();

const folded = new WeakMap<Gazetteer, string[]>();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Cities whose name starts with the query, or has a word that does: an exact name first, then a
 * name that begins so, then a later word; the larger city first within each.
 */
export function searchCities(data: Gazetteer, query: string, limit = 8): City[] {
  const q = fold(query.trim()).replace(/\s+/g, ' ');
  if (!q) return [];
  let names = folded.get(data);
  if (!names) {
    names = data.names.map(fold);
    folded.set(data, names);
  }
  const laterWord = new RegExp(`[\\s'(-]${escapeRegExp(q)}`);
  const ranked: { index: number; rank: number }[] = [];
  names.forEach((name, index) => {
    const rank = name === q ? 0 : name.startsWith(q) ? 1 : laterWord.test(name) ? 2 : -1;
    if (rank >= 0) ranked.push({ index, rank });
  });
  // The data is sorted by population, so a stable sort by rank keeps the larger city first.
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map(({ index }) => ({
      name: data.names[index] ?? '',
      country: data.countries[index] ?? '',
      lon: data.lon[index] ?? 0,
      lat: data.lat[index] ?? 0,
      population: data.population[index] ?? 0,
    }));
}
