import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  atOnce,
  codePointsOf,
  coversAny,
  idleSlices,
  MIN_SLICE,
  parseUnicodeRange,
  stringsOf,
  UI_SYMBOLS,
} from './offline';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('offline fonts', () => {
  it('reads unicode-range lists, with wildcards', () => {
    expect(parseUnicodeRange('U+4E00-4E7F, U+30??, u+a5')).toEqual([
      [0x4e00, 0x4e7f],
      [0x3000, 0x30ff],
      [0xa5, 0xa5],
    ]);
  });

  it('tells whether a font subset has any of the characters', () => {
    const ranges = parseUnicodeRange('U+4E00-4E7F');
    expect(coversAny(ranges, [0x41, 0x4e2d])).toBe(true);
    expect(coversAny(ranges, [0x41, 0x4e80])).toBe(false);
    expect(coversAny(parseUnicodeRange('U+30-39, U+4E00-4E7F'), [0x20, 0x4e7f])).toBe(true);
  });

  it('finds the characters of every text in a story, astral ones whole', async () => {
    const story = { title: { zh: '丝路', en: 'Silk' }, events: [{ summary: { en: 'ab𠀀' } }], rank: 3 };
    expect([...stringsOf(story)]).toEqual(['丝路', 'Silk', 'ab𠀀']);
    const codePoints = await codePointsOf(stringsOf(story), atOnce);
    expect(codePoints).toEqual(
      [...'Sabikl丝路𠀀'].map((c) => c.codePointAt(0)).sort((a = 0, b = 0) => a - b),
    );
  });

  it('walks a story with a million texts in one list', () => {
    let count = 0;
    for (const _ of stringsOf({ events: Array.from({ length: 1_000_000 }, () => 'a') })) count += 1;
    expect(count).toBe(1_000_000);
  });

  const longTexts = () => Array.from({ length: 30 }, (_, i) => `${'x'.repeat(10_000)}${i}`);
  const pausesWith = async (timeRemaining: () => number) => {
    let pauses = 0;
    await codePointsOf(longTexts(), async () => {
      pauses += 1;
      return { timeRemaining };
    });
    return pauses;
  };

  it('reads on while the idle moment lasts', async () => {
    expect(await pausesWith(() => 10)).toBe(1);
  });

  it('leaves a long idle moment after a slice, so that the page stays quick to answer', async () => {
    let left = 50;
    let pauses = 0;
    await codePointsOf(longTexts(), async () => {
      pauses += 1;
      left = 50;
      return { timeRemaining: () => (left -= 0.05) };
    });
    expect(pauses).toBeGreaterThan(1);
  });

  it('waits for the next idle moment when this one is used up, reading a slice each time', async () => {
    const characters = longTexts().join('').length;
    expect(await pausesWith(() => 0)).toBe(1 + Math.floor(characters / MIN_SLICE));
  });

  it.each([
    ['a piece after each wait, however little time is left', 0, 3, 3],
    ['pieces run on while the slice lasts', 40, 100, 1],
  ])('slices other idle work too: %s', async (_, left, pieces, waits) => {
    let pauses = 0;
    const slices = idleSlices(async () => {
      pauses += 1;
      return { timeRemaining: () => left };
    });
    for (let piece = 0; piece < pieces; piece++) if (slices.spent()) await slices.next();
    expect(pauses).toBe(waits);
  });

  it('stores every symbol the interface writes outside the dictionaries', () => {
    const used = new Set(
      // The dictionaries are stored whole (offline.ts); this looks for symbols written anywhere else.
      sources('src')
        .filter((file) => !/i18n[\\/](en|zh)\.ts$/.test(file))
        .flatMap((file) =>
          [...readFileSync(file, 'utf8')].filter((c) => c > '\u007f' && !/\p{Script=Han}/u.test(c)),
        ),
    );
    expect([...used].filter((c) => !UI_SYMBOLS.includes(c))).toEqual([]);
  });
});
