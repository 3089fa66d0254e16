import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { atOnce, codePointsOf, coversAny, parseUnicodeRange } from '../../src/app/offline.ts';
import { pageText } from '../page-text.ts';

/** The explorer imports Fontsource's stylesheets with one of these queries. */
const FONTSOURCE = /[\\/]@fontsource[\\/]noto-sans-sc[\\/]\d+\.css\?(story|rest)$/;

/**
 * Fontsource's `@font-face` rules split in two: those for the characters the built-in story and
 * the interface use (`?story`) and the rest (`?rest`). The explorer's first stylesheet carries only
 * the first: with all 200 rules the browser spent about 100 ms on them before the first paint. Only
 * the woff2 files are named: every browser the app runs in reads them.
 */
export function splitFontFaces(css: string, codePoints: number[], part: 'story' | 'rest'): string {
  const faces = [...css.matchAll(/@font-face\s*\{[^}]*\}/g)].map(([face]) => face);
  return faces
    .filter((face) => {
      const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
      const needed = !range || coversAny(parseUnicodeRange(range), codePoints);
      return part === 'story' ? needed : !needed;
    })
    .map((face) => face.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/, ''))
    .join('\n');
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
