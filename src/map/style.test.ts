import {
  Color,
  expression,
  featureFilter,
  latest,
  type StylePropertySpecification,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { DIMMED, EVERYDAY_NAME_LAYERS, HIGH_CONTRAST, mapStyle, stepBackPaints } from './style';

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

describe('the style', () => {
  // The map does not validate its style when it loads: these do, for every kind it is made in.
  it.each([
    ['English', { lang: 'en' as const }],
    ['Chinese, high contrast, for a projector', { lang: 'zh' as const, palette: HIGH_CONTRAST, scale: 1.6 }],
    ['with countries left unnamed', { lang: 'en' as const, hiddenCountryLabels: ['KAZ', 'TJK'] }],
  ])('is a valid MapLibre style: %s', (_, options) => {
    const style = mapStyle({
      basemapUrl: 'basemap://all',
      glyphs: 'glyphs://{fontstack}/{range}',
      ...options,
    });
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
});

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

type State = { active?: boolean };

/** The alpha of a colour as MapLibre reads it, or an opacity as it is. */
function alphaOf(value: string | number | undefined): number {
  if (typeof value === 'number') return value;
  const color = Color.parse(value);
  if (!color) throw new Error(`not a colour: ${value}`);
  return color.a;
}

/** The value of a layer's paint property for a feature in the given state. */
function paintOf(layerId: string, property: string, state: State, style = styleWith()): number {
  const layer = style.layers.find((l) => l.id === layerId) as { paint?: Record<string, unknown> };
  const parsed = expression.createExpression(layer.paint?.[property] ?? 1, `paint.${property}`);
  if (parsed.result !== 'success') throw new Error(`${layerId} ${property} is not an expression`);
  return parsed.value.evaluate({ zoom: 4 }, { type: 1, properties: {} }, state) as number;
}

describe("the story places' everyday names", () => {
  /** A layout value of a layer for a feature of the given kind, at the zoom given. */
  function layoutOf(layer: LayerSpecification, property: string, kind: string, zoom: number): number {
    const value = (layer as { layout?: Record<string, unknown> }).layout?.[property];
    if (typeof value === 'number') return value;
    const specs = latest['layout_symbol' as keyof typeof latest] as Record<
      string,
      StylePropertySpecification
    >;
    const spec = specs[property];
    if (!spec) throw new Error(`no ${property}`);
    const parsed = expression.createPropertyExpression(value, `layout.${property}`, spec);
    if (parsed.result !== 'success') throw new Error(`${layer.id} ${property} is not an expression`);
    return parsed.value.evaluate({ zoom }, { type: 1, properties: { kind } });
  }

  it.each([1, 2.2])('keep out of the room round an active place, at any anchor (scale %s)', (scale) => {
    const style = mapStyle({
      lang: 'en',
      basemapUrl: 'basemap://all',
      glyphs: 'glyphs://{fontstack}/{range}',
      scale,
    });
    const at = (id: string) => style.layers.findIndex((l) => l.id === id);
    const room = style.layers[at('active-room')];
    if (!room) throw new Error('no active-room layer');
    // Placed after the active names (MapLibre places the upper layers first) and before the everyday ones.
    for (const id of ['active-labels-west', 'active-labels-east', 'active-area-labels'])
      expect(at(id)).toBeGreaterThan(at('active-room'));
    for (const [id, kind] of [
      ['capital-labels', 'capital'],
      ['city-labels', 'port'],
      ['area-labels', 'country'],
      ['region-labels', 'region'],
    ] as const) {
      const layer = style.layers[at(id)];
      if (!layer) throw new Error(`no ${id} layer`);
      expect(at(id)).toBeLessThan(at('active-room'));
      // The farthest a name is set off: its radial offset, in ems of its largest size (zoom 7).
      const offset = layoutOf(layer, 'text-radial-offset', kind, 7) * layoutOf(layer, 'text-size', kind, 7);
      // The room's half and the name's box meet past 2 px of padding each.
      expect(layoutOf(room, 'icon-size', kind, 7) / 2 + 4, id).toBeGreaterThan(offset);
    }
    expect(paintOf('active-room', 'icon-opacity', {}, style)).toBe(0);
  });

  it('step back while an event is shown: their colours, halo and all, by the same share', () => {
    const paints = stepBackPaints(styleWith());
    for (const id of [...EVERYDAY_NAME_LAYERS, 'minor-labels']) {
      for (const property of ['text-color', 'text-halo-color']) {
        const paint = paints.find((p) => p.layer === id && p.property === property);
        expect(alphaOf(paint?.dimmed)).toBeCloseTo(DIMMED, 2);
        expect(alphaOf(paint?.normal)).toBe(1);
      }
    }
  });
});

describe('the routes', () => {
  it('are lit by feature state: a lit leg is drawn once, by the active layer', () => {
    for (const mode of ['sea', 'rail', 'road', 'air']) {
      expect(paintOf(`route-${mode}`, 'line-opacity', {})).toBe(0.7);
      expect(paintOf(`route-${mode}-active`, 'line-opacity', {})).toBe(0);
      expect(paintOf(`route-${mode}`, 'line-opacity', { active: true })).toBe(0);
      expect(paintOf(`route-${mode}-active`, 'line-opacity', { active: true })).toBe(0.95);
    }
  });

  it('step back while an event is shown, as far as one another, unless lit', () => {
    const style = styleWith();
    const dimmed = (layer: string) => {
      const paint = stepBackPaints(style).find((p) => p.layer === layer && p.property === 'line-color');
      return paintOf(layer, 'line-opacity', {}, style) * alphaOf(paint?.dimmed);
    };
    expect(dimmed('route-rail')).toBeCloseTo(0.25, 2);
    expect(dimmed('route-rail-ties')).toBeCloseTo(0.25, 2);
    expect(paintOf('route-rail-ties', 'line-opacity', { active: true })).toBe(0);
    expect(paintOf('route-rail-ties-active', 'line-opacity', { active: true })).toBe(0.9);
  });
});

describe('stepping back', () => {
  it('never dims what is lit: no active layer steps back', () => {
    const layers = stepBackPaints(styleWith()).map((p) => p.layer);
    expect(layers.filter((id) => id.includes('active'))).toEqual([]);
    expect(layers).toContain('capital-places');
  });

  it('is made for every kind of style', () => {
    const projector = mapStyle({
      lang: 'zh',
      basemapUrl: 'basemap://all',
      glyphs: 'glyphs://{fontstack}/{range}',
      palette: HIGH_CONTRAST,
      scale: 1.6,
    });
    const paint = stepBackPaints(projector).find(
      (p) => p.layer === 'city-labels' && p.property === 'text-color',
    );
    expect(paint?.normal).toBe(HIGH_CONTRAST.placeLabel);
    expect(alphaOf(paint?.dimmed)).toBeCloseTo(DIMMED, 2);
  });
});

/** The paint properties of a layer that are given per feature, which MapLibre draws with its own shader. */
function perFeatureProperties(layer: LayerSpecification): string[] {
  const paint = ((layer as { paint?: Record<string, unknown> }).paint ?? {}) as Record<string, unknown>;
  const specs = latest[`paint_${layer.type}` as keyof typeof latest] as Record<
    string,
    StylePropertySpecification
  >;
  return Object.entries(paint)
    .filter(([name, value]) => {
      const spec = specs[name];
      if (!spec) throw new Error(`${layer.id}: no ${name}`);
      if (!expression.isExpression(value)) return false;
      const parsed = expression.createPropertyExpression(value, `paint.${name}`, spec);
      if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}: ${parsed.value[0]?.message}`);
      return parsed.value.kind === 'source' || parsed.value.kind === 'composite';
    })
    .map(([name]) => name)
    .sort();
}

/** A symbol layer of invisible icons alone (MapLibre skips drawing them): it compiles no program. */
const drawsNothing = (layer: LayerSpecification) =>
  layer.type === 'symbol' && !layer.layout?.['text-field'] && layer.paint?.['icon-opacity'] === 0;

describe('shaders', () => {
  it('are one per layer type: every layer of a type gives the same paint properties per feature', () => {
    // Each mix is a WebGL program to compile, slow under software rendering.
    const styles = [
      styleWith(),
      mapStyle({ lang: 'zh', basemapUrl: 'b', glyphs: 'g', palette: HIGH_CONTRAST, scale: 2 }),
    ];
    for (const style of styles) {
      const byType = new Map<string, Set<string>>();
      for (const layer of style.layers.filter((l) => !drawsNothing(l))) {
        const mixes = byType.get(layer.type) ?? new Set<string>();
        mixes.add(perFeatureProperties(layer).join(' '));
        byType.set(layer.type, mixes);
      }
      for (const [type, mixes] of byType) expect([type, [...mixes]]).toEqual([type, [...mixes].slice(0, 1)]);
    }
  });
});
