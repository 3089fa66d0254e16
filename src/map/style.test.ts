import { expression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { EVERYDAY_NAME_LAYERS, mapStyle, unlessActive } from './style';

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

/** An opacity expression's value for a feature in the given state. */
function opacityOf(value: unknown, state: { active?: boolean }): number {
  const parsed = expression.createExpression(value, 'paint.text-opacity');
  if (parsed.result !== 'success') throw new Error('text-opacity is not an expression');
  return parsed.value.evaluate({ zoom: 4 }, { type: 1, properties: {} }, state) as number;
}

const nameOpacity = (layerId: string, state: { active?: boolean }) => {
  const layer = styleWith().layers.find((l) => l.id === layerId) as { paint?: Record<string, unknown> };
  return opacityOf(layer.paint?.['text-opacity'] ?? 1, state);
};

describe("the story places' everyday names", () => {
  it('step aside for the active names, so an active place is not named twice', () => {
    for (const id of EVERYDAY_NAME_LAYERS) {
      expect(nameOpacity(id, {})).toBe(1);
      expect(nameOpacity(id, { active: true })).toBe(0);
    }
  });

  it('keep stepping aside while the other names are dimmed for an event', () => {
    expect(opacityOf(unlessActive(0.45), {})).toBe(0.45);
    expect(opacityOf(unlessActive(0.45), { active: true })).toBe(0);
  });
});
