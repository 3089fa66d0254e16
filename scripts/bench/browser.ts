import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import config from '../../playwright.config';
import { chromiumPath } from '../chromium-path.mjs';

export const VIEWPORT = { width: 1366, height: 768 };

/** The e2e tests' Chromium and flags (software WebGL included), plus exact heap figures. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...(config.use?.launchOptions?.args ?? []), '--enable-precise-memory-info'],
  });
}

export const BYTE_KINDS = ['js', 'css', 'fonts', 'data', 'other'] as const;
export type Bytes = Record<(typeof BYTE_KINDS)[number], number>;

function kindOf(url: string): keyof Bytes {
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? '';
  if (ext === 'js' || ext === 'mjs') return 'js';
  if (ext === 'css') return 'css';
  if (['woff2', 'woff', 'ttf', 'otf'].includes(ext)) return 'fonts';
  if (ext === 'json' || ext === 'geojson') return 'data';
  return 'other';
}

/**
 * A page in a fresh context (empty cache). Its bytes on the wire come from Resource Timing's
 * transferSize: CDP's network events report 0 bytes for the script of MapLibre's worker.
 */
export class ColdPage {
  /** Requests that left the bench's origin: none are expected (everything is offline). */
  readonly external: string[] = [];
  readonly errors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly cdp: CDPSession,
  ) {}

  static async open(browser: Browser, origin: string): Promise<ColdPage> {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
    // tsx compiles the bench with keepNames: functions declared inside `page.evaluate` callbacks call
    // a `__name` helper that the page does not have. The default buffer of 250 resource entries could
    // drop some of a big page's requests.
    // Long tasks are not kept in the performance timeline: an observer from the first script on keeps them.
    await context.addInitScript(
      'globalThis.__name = (fn) => fn; performance.setResourceTimingBufferSize(100000);' +
        'globalThis.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) ' +
        'globalThis.__longTasks.push([e.startTime, e.duration]); }).observe({ type: "longtask" });',
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const cold = new ColdPage(context, page, cdp);
    page.on('request', (request) => {
      const url = request.url();
      if (/^https?:/.test(url) && new URL(url).origin !== origin) cold.external.push(url);
    });
    page.on('pageerror', (error) => cold.errors.push(error.message));
    return cold;
  }

  /** Bytes transferred so far by the document and everything it fetched, by kind. */
  async bytes(): Promise<Bytes> {
    const entries = await this.page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map(
        (e) => [e.name, (e as PerformanceResourceTiming).transferSize] as const,
      ),
    );
    const bytes: Bytes = { js: 0, css: 0, fonts: 0, data: 0, other: 0 };
    for (const [url, size] of entries) if (/^https?:/.test(url)) bytes[kindOf(url)] += size;
    return bytes;
  }

  /**
   * Blocking time up to `untilMs`: the time over 50 ms of each long task that started before it,
   * summed (Lighthouse's total blocking time, from navigation instead of the first paint).
   */
  blockingMs(untilMs: number): Promise<number> {
    return this.page.evaluate(
      (until) =>
        ((globalThis as unknown as { __longTasks: [number, number][] }).__longTasks ?? [])
          .filter(([start]) => start < until)
          .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      untilMs,
    );
  }

  /** Main-thread JS heap after a full garbage collection, in bytes. */
  async heap(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await this.cdp.send('Runtime.getHeapUsage');
    return usedSize;
  }

  /** Start times of user-timing marks, waiting until they all exist. */
  async marks(names: string[], timeout = 120_000): Promise<Record<string, number>> {
    await this.page.waitForFunction(
      (wanted) => wanted.every((n) => performance.getEntriesByName(n).length > 0),
      names,
      { timeout },
    );
    return this.page.evaluate(
      (wanted) =>
        Object.fromEntries(wanted.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? -1])),
      names,
    );
  }

  close(): Promise<void> {
    return this.context.close();
  }
}
