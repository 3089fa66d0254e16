import { describe, expect, it } from 'vitest';
import { subsetFontFaces, withoutFontFaces } from './fonts';

const faces = (css: string) => css.match(/@font-face\{[^}]*\}/g) ?? [];

describe('subsetFontFaces', () => {
  it('cuts only the files the text touches, in both weights, inlined', async () => {
    const css = await subsetFontFaces('Silk 丝路');
    const rules = faces(css);
    // Fontsource's ranges overlap (some Chinese files carry Latin too): a few files of its ~100 a weight.
    expect(rules.length).toBeGreaterThanOrEqual(2);
    expect(rules.length).toBeLessThanOrEqual(10);
    expect(rules.filter((r) => r.includes('font-weight:400'))).toHaveLength(rules.length / 2);
    for (const rule of rules) expect(rule).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\)/);
  });

  it('makes no face for a range whose file has none of the characters', async () => {
    // U+E000 is private use: no Fontsource range holds it.
    expect(await subsetFontFaces('\ue000')).toBe('');
  });
});

describe('withoutFontFaces', () => {
  it('removes the page font rules and keeps the rest', () => {
    const css =
      '@font-face{font-family:Noto Sans SC;src:url(a.woff2)}body{color:red}@font-face{font-family:Other;src:url(b.woff2)}';
    expect(withoutFontFaces(css)).toBe('body{color:red}@font-face{font-family:Other;src:url(b.woff2)}');
  });

  it('keeps the local faces that stand in for the page font while it loads', () => {
    const fallback =
      '@font-face{font-family:Noto Sans SC Fallback;font-weight:700;src:local(Noto Sans CJK SC Bold)}';
    const css = `@font-face{font-family:"Noto Sans SC";src:url(a.woff2)}${fallback}`;
    expect(withoutFontFaces(css)).toBe(fallback);
  });
});
