import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { facesFor, splitFontFaces } from './plugin.ts';

const face = (file: string, range?: string) =>
  `@font-face {\n  font-family: 'Noto Sans SC';\n  src: url(./files/${file}.woff2) format('woff2'), url(./files/${file}.woff) format('woff');\n${range ? `  unicode-range: ${range};\n` : ''}}`;
const css = [face('latin', 'U+0000-00ff'), face('han-1', 'U+4e00-4e7f'), face('han-2', 'U+9f00-9fff')].join(
  '\n\n',
);
const files = (text: string) => [...text.matchAll(/files\/([\w-]+)\.woff2/g)].map(([, f]) => f);

describe('the page font split', () => {
  it('gives the first stylesheet only the files the page text needs, the rest to the other', () => {
    const codePoints = ['A', '中'].map((ch) => ch.codePointAt(0) ?? 0).sort((a, b) => a - b);
    expect(files(splitFontFaces(css, codePoints, 'story'))).toEqual(['latin', 'han-1']);
    expect(files(splitFontFaces(css, codePoints, 'rest'))).toEqual(['han-2']);
  });

  it('names only the woff2 files', () => {
    expect(splitFontFaces(css, [0x41], 'story')).not.toContain('.woff)');
  });

  it("splits Fontsource's real stylesheet into two parts that together hold every rule once", () => {
    const real = readFileSync(
      createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css'),
      'utf8',
    );
    const all = files(real);
    const codePoints = [...new Set([...'丝绸之路 Silk Road'].map((ch) => ch.codePointAt(0) ?? 0))].sort(
      (a, b) => a - b,
    );
    const story = files(splitFontFaces(real, codePoints, 'story'));
    const rest = files(splitFontFaces(real, codePoints, 'rest'));
    expect(story.length).toBeGreaterThan(0);
    expect(story.length).toBeLessThan(all.length / 2);
    expect([...story, ...rest].sort()).toEqual([...all].sort());
  });
});

describe('the fonts a browser loads for a text', () => {
  const overlapping = [
    face('han', 'U+4e00-4e7f, U+0041'),
    face('latin-ext', 'U+0100-024f'),
    face('cjk-latin', 'U+011f, U+0041'),
    face('latin', 'U+0000-00ff'),
  ].join('\n\n');
  const points = (text: string) => [...text].map((ch) => ch.codePointAt(0) ?? 0);

  it('takes only the last face for a character it holds: the basic Latin has every glyph of its range', () => {
    expect(facesFor(overlapping, points('A'))).toEqual(['latin.woff2']);
  });

  it('takes every face that holds any other character, as the browser loads them all while they load', () => {
    expect(facesFor(overlapping, points('ğ')).sort()).toEqual(['cjk-latin.woff2', 'latin-ext.woff2']);
    expect(facesFor(overlapping, points('中'))).toEqual(['han.woff2']);
  });

  it("finds Fontsource's files for English text with a Turkish name and the word 中文", () => {
    const real = readFileSync(
      createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css'),
      'utf8',
    );
    const found = facesFor(real, points('Erdoğan 中文'));
    expect(found).toContain('noto-sans-sc-latin-400-normal.woff2');
    expect(found).toContain('noto-sans-sc-latin-ext-400-normal.woff2');
    expect(found.filter((f) => /-\d+-400-normal/.test(f)).length).toBeGreaterThanOrEqual(2);
    expect(found.length).toBeLessThan(8);
  });
});
