import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import type { AppStore } from '../store/store';

type Range = [number, number];

/** Symbols the interface draws outside the dictionaries (arrows, buttons, units); offline.test.ts keeps this complete. */
export const UI_SYMBOLS = '↑↓‹›❚▶■−±≈°·…ü×（）：，？；、';

/** `U+4E00-4E7F, U+30??, U+A5` as code point ranges. */
export function parseUnicodeRange(value: string): Range[] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [from = '', to] = part.split('-');
      const low = Number.parseInt(from.replace(/\?/g, '0'), 16);
      const high = Number.parseInt((to ?? from).replace(/\?/g, 'F'), 16);
      return [low, high];
    });
}

/** Whether any of the code points (sorted, ascending) falls in one of the ranges. */
export function coversAny(ranges: Range[], codePoints: number[]): boolean {
  return ranges.some(([low, high]) => {
    // The first code point at or above `low`, found by bisection: a story has thousands of them.
    let lo = 0;
    let hi = codePoints.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((codePoints[mid] ?? 0) < low) lo = mid + 1;
      else hi = mid;
    }
    return lo < codePoints.length && (codePoints[lo] ?? 0) <= high;
  });
}

/** Every string in a value: a story's texts, wherever they are (a stack, not recursion: it is faster). */
export function* stringsOf(value: unknown): Generator<string> {
  const stack = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') yield item;
    else if (item && typeof item === 'object') {
      // One by one: spreading an array of a million items into push overflows the call stack.
      const items = Object.values(item);
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
    }
  }
}

/** The part of an idle callback's deadline that `codePointsOf` reads (an IdleDeadline). */
export interface IdleTime {
  timeRemaining(): number;
}

/** For a build, which has no reader to wait for: all the texts are read in one go. */
export const atOnce = async (): Promise<IdleTime> => ({ timeRemaining: () => Number.MAX_SAFE_INTEGER });

/** Characters read per idle callback at least: one called at its timeout has no time left, yet must get on. */
export const MIN_SLICE = 2_000;
/** Characters read between two looks at the time left. */
const CHECK_EVERY = 500;
/** At most this long per idle callback: a browser grants up to 50 ms, and a task of 50 ms counts as long. */
const SLICE_MS = 20;

/**
 * The distinct code points of the texts, ascending, read while the page is idle: a story of
 * 10,000 events holds millions of characters. Each slice stops when its idle time is used up, so a
 * reader who scrolls meanwhile is not kept waiting (a fixed slice ran up to 76 ms).
 */
export async function codePointsOf(
  texts: Iterable<string>,
  pause: () => Promise<IdleTime>,
): Promise<number[]> {
  const seen = new Set<number>();
  let idle = await pause();
  let sliceStart = idle.timeRemaining();
  let read = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i) ?? 0;
      seen.add(cp);
      i += cp > 0xffff ? 2 : 1;
      read += 1;
      if (read >= MIN_SLICE && read % CHECK_EVERY === 0) {
        const left = idle.timeRemaining();
        if (left <= 0 || sliceStart - left >= SLICE_MS) {
          idle = await pause();
          sliceStart = idle.timeRemaining();
          read = 0;
        }
      }
    }
  }
  return [...seen].sort((a, b) => a - b);
}

/**
 * Work done a piece at a time in idle moments: a slice lasts its callback's idle time, at most
 * SLICE_MS, and one piece runs after each wait however little time it has, so work gets on.
 */
export function idleSlices(pause: () => Promise<IdleTime>) {
  let until = Number.NEGATIVE_INFINITY;
  return {
    spent: () => performance.now() >= until,
    async next(): Promise<void> {
      const idle = await pause();
      until = performance.now() + Math.min(idle.timeRemaining(), SLICE_MS);
    },
  };
}

/**
 * Every font file this page's stylesheets declare for text with these code points (ascending).
 * In idle slices: reading hundreds of rules' ranges took 50 ms at once.
 */
async function fontFilesFor(codePoints: number[]): Promise<string[]> {
  const slices = idleSlices(idle);
  const urls = new Set<string>();
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      if (slices.spent()) await slices.next();
      const range = rule.style.getPropertyValue('unicode-range');
      if (range && !coversAny(parseUnicodeRange(range), codePoints)) continue;
      // The first source is the one a current browser takes (woff2).
      const src = /url\("?([^")]+)"?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (src && !src.startsWith('data:')) urls.add(new URL(src, sheet.href ?? document.baseURI).href);
    }
  }
  return [...urls];
}

async function controlled(): Promise<void> {
  await navigator.serviceWorker.ready;
  if (navigator.serviceWorker.controller) return;
  await new Promise((resolve) =>
    navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
  );
}

/** The first view is complete: the map (or the handout) is drawn, or long enough has passed. */
function firstViewShown(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === 'app:ready' || e.name === 'handout:ready')) done();
    });
    const timer = setTimeout(done, 20_000);
    observer.observe({ type: 'mark', buffered: true });
  });
}

const idle = () => new Promise<IdleDeadline>((resolve) => requestIdleCallback(resolve, { timeout: 5000 }));

/**
 * Fetches as many files as an idle slice has time to ask for, then waits for them: hundreds of
 * requests at once would hold the page up, and a dozen at once took 30 ms.
 */
async function fetchWhenIdle(urls: string[]): Promise<void> {
  const slices = idleSlices(idle);
  let asked: Promise<unknown>[] = [];
  for (const url of urls) {
    if (slices.spent()) {
      await Promise.all(asked);
      asked = [];
      await slices.next();
    }
    asked.push(fetch(url).catch(() => undefined));
  }
  await Promise.all(asked);
}

/**
 * Keeps the app usable with the network off after one visit: the service worker precaches the
 * app, data and basemap; this fetches through it every font subset the story and the interface
 * need in either language, since a reader may switch language or show both in class.
 */
export function registerOffline(store: AppStore) {
  // The one-file edition carries everything and has no service worker (browsers allow none on file://).
  if (!import.meta.env.PROD || import.meta.env.MODE === 'edition' || !('serviceWorker' in navigator)) return;
  // Installing precaches megabytes, which must not compete with the first view: on a two-core
  // machine it made the map's first drawing 1.7 s later.
  const shown = firstViewShown();
  void shown.then(() => navigator.serviceWorker.register('./sw.js').catch(() => undefined));
  const storyLoaded = new Promise<void>((resolve) => {
    if (store.getState().story) resolve();
    else
      store.subscribe(
        (s) => s.story,
        (story) => story && resolve(),
      );
  });
  void Promise.all([shown, controlled(), storyLoaded]).then(async () => {
    const story = store.getState().story?.story;
    function* texts() {
      yield* stringsOf(story);
      yield* Object.values(en);
      yield* Object.values(zh);
      yield UI_SYMBOLS;
    }
    await fetchWhenIdle(await fontFilesFor(await codePointsOf(texts(), idle)));
    document.documentElement.dataset.offline = 'ready';
  });
}
