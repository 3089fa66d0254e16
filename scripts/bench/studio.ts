import type { Browser } from '@playwright/test';
import { ColdPage } from './browser';
import { type Summary, summarize } from './stats';

export interface EditLatency extends Summary {
  /** Long tasks while the edits were typed and the validation that follows them ran. */
  longTasks: { count: number; maxMs: number };
}

/**
 * Edits to an event's title in the studio, each timed from the input event to the frame after the
 * preview holds the new title. The value is set as a keystroke sets it, through React's own input
 * event, so the time is the studio's and the preview's, not Playwright's.
 */
export async function editLatency(
  browser: Browser,
  origin: string,
  editPath: string,
  edits: number,
): Promise<EditLatency> {
  const cold = await ColdPage.open(browser, origin);
  try {
    const { page } = cold;
    await page.goto(`${origin}/studio.html?edit=${encodeURIComponent(editPath)}`);
    await cold.marks(['studio:ready']);
    await page.getByRole('tab', { name: 'Events', exact: true }).click();
    const field = page.getByRole('textbox', { name: 'Title (English)', exact: true });
    await field.waitFor();
    // The preview's map and timeline settle before the first edit is timed: the map has flown to
    // the chosen event and tinted its countries, and what it records at rest stays put for a second.
    await page.waitForFunction(() => document.querySelector('[aria-label="Preview"] .maplibregl-canvas'));
    await page.waitForTimeout(2000);
    await page.evaluate(async () => {
      const map = document.querySelector<HTMLElement>('[aria-label="Preview"] [data-testid="map"]');
      const state = () => JSON.stringify(map?.dataset ?? {});
      let last = state();
      for (let still = 0, waited = 0; still < 2 && waited < 15_000; waited += 500) {
        await new Promise((r) => setTimeout(r, 500));
        const now = state();
        still = now === last ? still + 1 : 0;
        last = now;
      }
    });
    await page.evaluate(() => {
      const w = window as unknown as { benchLong: number[] };
      w.benchLong = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.benchLong.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const ms: number[] = [];
    for (let i = 1; i <= edits; i++) {
      ms.push(
        await field.evaluate(
          (input: HTMLInputElement, n) =>
            new Promise<number>((resolve, reject) => {
              const preview = document.querySelector('[aria-label="Preview"]');
              if (!preview) return reject(new Error('no preview'));
              const text = `${input.value.replace(/ #\d+$/, '')} #${n}`;
              let start = 0;
              const shows = (node: Node | null) => !!node?.textContent?.includes(text);
              const observer = new MutationObserver((records) => {
                if (!records.some((r) => shows(r.target) || [...r.addedNodes].some(shows))) return;
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - start));
              });
              observer.observe(preview, { subtree: true, childList: true, characterData: true });
              const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
              start = performance.now();
              setValue?.call(input, text);
              input.dispatchEvent(new Event('input', { bubbles: true }));
              setTimeout(() => reject(new Error(`the preview never showed "${text}"`)), 10_000);
            }),
          i,
        ),
      );
      // A reader types a few characters a second; the debounced validation runs in the gaps.
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(1000);
    const long = await page.evaluate(() => (window as unknown as { benchLong: number[] }).benchLong);
    return { ...summarize(ms), longTasks: { count: long.length, maxMs: Math.max(0, ...long) } };
  } finally {
    await cold.close();
  }
}
