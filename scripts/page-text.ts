import { UI_SYMBOLS } from '../src/app/offline.ts';
import { en } from '../src/i18n/en.ts';
import { zh } from '../src/i18n/zh.ts';

/** Printable ASCII and Latin-1: what a reader may type into search whatever the story. */
const LATIN = Array.from({ length: 0x17f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('');

/** Every character the page may show: the story's and the interface's in both languages. */
export function pageText(storyText: string): string {
  return [storyText, ...Object.values(en), ...Object.values(zh), UI_SYMBOLS, LATIN].join('');
}
