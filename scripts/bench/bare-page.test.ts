import { describe, expect, it } from 'vitest';
import { BARE_LAYERS } from '../../bench/bare/layers';
import { mapStyle } from '../../src/map/style';

describe('the bare MapLibre page the bench compares the app with', () => {
  it("keeps only layers the app's style has, and draws the story's places", () => {
    const style = mapStyle({
      lang: 'en',
      basemapUrl: 'pack://{z}/{x}/{y}',
      glyphs: 'glyphs://{fontstack}/{range}',
    });
    const ids = new Set(style.layers.map((layer) => layer.id));
    expect([...BARE_LAYERS].filter((id) => !ids.has(id))).toEqual([]);
    const places = style.layers.filter(
      (layer) => BARE_LAYERS.has(layer.id) && 'source' in layer && layer.source === 'major',
    );
    expect(places.map((layer) => layer.type)).toContain('circle');
  });
});
