import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { atOnce, codePointsOf, coversAny, parseUnicodeRange } from '../../src/app/offline.ts';

const FAMILY = 'Noto Sans SC';
const WEIGHTS = [400, 700] as const;

interface FontFace {
  file: string;
  weight: number;
  unicodeRange: string;
}

/** Fontsource's faces for a weight: one woff2 file per unicode range. */
function fontsourceFaces(weight: number): FontFace[] {
  const css = createRequire(import.meta.url).resolve(`@fontsource/noto-sans-sc/${weight}.css`);
  const text = readFileSync(css, 'utf8');
  return [...text.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, body = '']) => {
    const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(body)?.[1];
    const unicodeRange = /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim();
    return file && unicodeRange ? [{ file: join(dirname(css), file), weight, unicodeRange }] : [];
  });
}

/** The number of glyphs of an OpenType font (its `maxp` table); 1 is only the missing-glyph box. */
export function glyphCount(sfnt: Buffer): number {
  const tables = sfnt.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (sfnt.toString('latin1', record, record + 4) === 'maxp')
      return sfnt.readUInt16BE(sfnt.readUInt32BE(record + 8) + 4);
  }
  return 0;
}

/**
 * `@font-face` rules for the page's font cut to these characters: each of Fontsource's files the
 * text touches, reduced to the characters of its range the text uses, inlined as `data:`.
 */
export async function subsetFontFaces(text: string): Promise<string> {
  const codePoints = await codePointsOf([text], atOnce);
  const faces = WEIGHTS.flatMap(fontsourceFaces);
  const rules = await Promise.all(
    faces.map(async (face) => {
      const ranges = parseUnicodeRange(face.unicodeRange);
      if (!coversAny(ranges, codePoints)) return '';
      const chars = codePoints
        .filter((cp) => ranges.some(([low, high]) => cp >= low && cp <= high))
        .map((cp) => String.fromCodePoint(cp))
        .join('');
      const font = readFileSync(face.file);
      // A range may name characters its file lacks: a font of none would be refused by the browser.
      if (glyphCount(await subsetFont(font, chars, { targetFormat: 'sfnt' })) <= 1) return '';
      const cut = await subsetFont(font, chars, { targetFormat: 'woff2' });
      return `@font-face{font-family:"${FAMILY}";font-style:normal;font-display:swap;font-weight:${face.weight};src:url(data:font/woff2;base64,${cut.toString('base64')}) format("woff2");unicode-range:${face.unicodeRange}}`;
    }),
  );
  return rules.join('');
}

/**
 * Removes the stylesheet's own rules for the page's font (Fontsource's, with a file per range). The
 * local faces that stand in while it loads ("Noto Sans SC Fallback") stay.
 */
export function withoutFontFaces(css: string): string {
  return css.replace(/@font-face\{(?=[^}]*font-family:\s*(["']?)Noto Sans SC\1\s*[;}])[^}]*\}/g, '');
}
