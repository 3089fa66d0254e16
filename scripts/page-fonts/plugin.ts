import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { atOnce, codePointsOf, coversAny, parseUnicodeRange } from '../../src/app/offline.ts';
import { en } from '../../src/i18n/en.ts';
import { pageText } from '../page-text.ts';

/** The explorer imports Fontsource's stylesheets with one of these queries. */
const FONTSOURCE = /[\\/]@fontsource[\\/]noto-sans-sc[\\/]\d+\.css\?(story|rest)$/;

/** A stylesheet's `@font-face` rules, each with its code point ranges (all of them without any). */
function fontFaces(css: string) {
  return [...css.matchAll(/@font-face\s*\{[^}]*\}/g)].map(([rule]) => {
    const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
    return { rule, ranges: range ? parseUnicodeRange(range) : null };
  });
}

/**
 * Fontsource's `@font-face` rules split in two: those for the characters the built-in story and
 * the interface use (`?story`) and the rest (`?rest`). The explorer's first stylesheet carries only
 * the first: with all 200 rules the browser spent about 100 ms on them before the first paint. Only
 * the woff2 files are named: every browser the app runs in reads them.
 */
export function splitFontFaces(css: string, codePoints: number[], part: 'story' | 'rest'): string {
  return fontFaces(css)
    .filter(({ ranges }) => {
      const needed = !ranges || coversAny(ranges, codePoints);
      return part === 'story' ? needed : !needed;
    })
    .map(({ rule }) => rule.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/, ''))
    .join('\n');
}

/**
 * The woff2 files a browser loads for text with these code points. Where faces of one family share
 * a character, the face declared last draws it; the browser loads the others that hold it too
 * while that one is still loading, except for the last face of all: Fontsource's basic Latin,
 * which has a glyph for every character of its range.
 */
export function facesFor(css: string, codePoints: number[]): string[] {
  const faces = fontFaces(css)
    .map(({ rule, ranges }) => ({
      ranges,
      file: /url\(["']?(?:[^)"']*\/)?([^/)"']+\.woff2)/.exec(rule)?.[1],
    }))
    .reverse();
  const files = new Set<string>();
  for (const cp of codePoints) {
    const holding = faces.filter(({ ranges }) => !ranges || coversAny(ranges, [cp]));
    for (const { file } of holding[0] === faces[0] ? holding.slice(0, 1) : holding) if (file) files.add(file);
  }
  return [...files];
}

/** The English strings of a story: an object's `en`, wherever it is. */
function* englishOf(value: unknown): Generator<string> {
  if (Array.isArray(value)) for (const item of value) yield* englishOf(item);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      if (key === 'en' && typeof item === 'string') yield item;
      else yield* englishOf(item);
}

/**
 * The font files the explorer's first screen draws with, in English (the interface's first
 * language): the faces of the built-in story's English text and the interface, in the regular
 * weight; bold is for titles and names, in the Latin alphabet. The page preloads them: fonts that
 * come after the page's first layout lay it all out again.
 */
export async function firstScreenFonts(): Promise<string[]> {
  const story: unknown = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'));
  const fontsource = (weight: number) =>
    readFileSync(createRequire(import.meta.url).resolve(`@fontsource/noto-sans-sc/${weight}.css`), 'utf8');
  const regular = await codePointsOf([...englishOf(story), ...Object.values(en)], atOnce);
  const bold = await codePointsOf(['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'], atOnce);
  return [...facesFor(fontsource(400), regular), ...facesFor(fontsource(700), bold)];
}

export function pageFonts(): Plugin {
  let codePoints: number[] | undefined;
  return {
    name: 'page-fonts',
    enforce: 'pre',
    async load(id) {
      const part = FONTSOURCE.exec(id)?.[1];
      if (part !== 'story' && part !== 'rest') return;
      // The built-in story and the interface: what the first stylesheet must cover.
      codePoints ??= await codePointsOf(
        [pageText(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'))],
        atOnce,
      );
      return splitFontFaces(readFileSync(id.slice(0, id.indexOf('?')), 'utf8'), codePoints, part);
    },
  };
}
