import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { mapStyle } from './style';

const styleWith = (hiddenCountryLabels?: string[]) =>
  mapStyle({
    lang: 'en',
    basemapUrl: 'basemap://all',
    glyphs: 'glyphs://{fontstack}/{range}',
    hiddenCountryLabels,
  });

/** Whether the country-labels layer of a style draws the name of this country. */
function namesCountry(hidden: string[] | undefined, country: string): boolean {
  const layer = styleWith(hidden).layers.find((l) => l.id === 'country-labels');
  const filter = featureFilter((layer as { filter?: FilterSpecification }).filter, 'filter');
  const feature = { type: 1 as const, properties: { kind: 'country-label', id: `label-${country}` } };
  return filter.filter({ zoom: 4 }, feature);
}

describe('country names in the style', () => {
  it('names every country when the story has no region', () => {
    expect(namesCountry(undefined, 'KAZ')).toBe(true);
    expect(namesCountry([], 'KAZ')).toBe(true);
  });

  it("leaves out the countries a region's name stands for, from the first style", () => {
    expect(namesCountry(['KAZ', 'TJK'], 'KAZ')).toBe(false);
    expect(namesCountry(['KAZ', 'TJK'], 'TJK')).toBe(false);
    expect(namesCountry(['KAZ', 'TJK'], 'CHN')).toBe(true);
  });
});
