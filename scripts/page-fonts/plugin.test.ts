import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { splitFontFaces } from './plugin.ts';

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
