import { readFileSync } from 'node:fs';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { normaliseStory } from '../src/story/normalise';
import type { Story } from '../src/story/schema';
import { type Camera, cameraFromAttributes, projectToBox } from './map-projection';

/** The story file as authors write it, untyped, for tests that break it on purpose. */
export const storyFile = JSON.parse(readFileSync(new URL('../data/story.json', import.meta.url), 'utf8'));

/** The story the app shows, as the app reads it. */
export const story = normaliseStory(structuredClone(storyFile) as Story);

/** The explorer as a reader sees it: its three regions and the controls around them. */
export class StoryMap {
  readonly map: Locator;
  readonly timeline: Locator;
  readonly article: Locator;
  readonly externalRequests: string[] = [];
  /** What the Content-Security-Policy blocked: anything here is a feature broken by it. */
  readonly blockedByPolicy: string[] = [];

  constructor(
    readonly page: Page,
    /** The app's own origin: any request elsewhere fails the test. */
    public origin: string,
  ) {
    this.map = page.getByRole('region', { name: /^(Map|地图)$/ });
    this.timeline = page.getByRole('region', { name: /^(Timeline|时间轴)$/ });
    this.article = page.getByRole('region', { name: /^(Article|文章)$/ });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== this.origin) {
        this.externalRequests.push(request.url());
      }
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) this.blockedByPolicy.push(message.text());
    });
  }

  /** Opens the app and waits until the map has really rendered and the app marked itself ready. */
  async open(path = '/') {
    await this.page.goto(path);
    await this.waitReady();
  }

  async waitReady() {
    await this.page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0, null, {
      timeout: 45_000,
    });
  }

  timelineEvent(name: string | RegExp): Locator {
    return this.timeline.getByRole('button', { name });
  }

  activeMark(): Locator {
    return this.timeline.locator('[aria-current="true"]');
  }

  activeParagraphs(): Locator {
    return this.article.locator('[data-active="true"]');
  }

  paragraph(id: string): Locator {
    return this.article.locator(`[data-paragraph-id="${id}"]`);
  }

  /** Where the map camera is, once it has stopped moving. */
  async camera(): Promise<Camera> {
    const canvas = this.page.getByTestId('map');
    return cameraFromAttributes(
      await canvas.getAttribute('data-center'),
      await canvas.getAttribute('data-zoom'),
    );
  }

  /** The camera once it has stayed put for half a second: a slide is framed a frame or two after it shows. */
  async settledCamera(): Promise<Camera> {
    let last = await this.camera();
    await expect
      .poll(
        async () => {
          const now = await this.camera();
          const same = JSON.stringify(now) === JSON.stringify(last);
          last = now;
          return same;
        },
        { intervals: [500] },
      )
      .toBe(true);
    return last;
  }

  /**
   * The names in sight on the map, once it is still, each as often as it is drawn. The map records
   * them (`data-labels`) only when asked: reading them back costs a reader's page time.
   */
  async mapNames(): Promise<string[]> {
    const map = this.page.getByTestId('map');
    // A record from before is not read as this one.
    await map.evaluate((el) => {
      delete el.dataset.labels;
      el.querySelector('canvas')?.dispatchEvent(new Event('recordlabels'));
    });
    await expect(map).toHaveAttribute('data-labels', /./);
    return ((await map.getAttribute('data-labels')) ?? '').split('|');
  }

  /** Page coordinates of a longitude/latitude on the map. */
  async screenPoint(lon: number, lat: number): Promise<{ x: number; y: number }> {
    const box = await this.page.getByTestId('map').boundingBox();
    if (!box) throw new Error('the map is not on screen');
    return projectToBox(box, await this.camera(), lon, lat);
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => decodeURIComponent(window.location.hash));
  }
}

/** Adds up the page's layout shifts from the start of its next load: call it before opening the page. */
export async function watchLayoutShift(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
        (window as unknown as { shift: number }).shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { shift: number }).shift);
}

export const test = base.extend<{ app: StoryMap }>({
  app: async ({ page, baseURL }, use) => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    const app = new StoryMap(page, new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
    await use(app);
    // Any uncaught error in the page fails the test, and so does any request off our origin or any CSP block.
    expect(errors, 'uncaught page errors').toEqual([]);
    expect(app.externalRequests, 'requests to other origins').toEqual([]);
    expect(app.blockedByPolicy, 'blocked by the Content-Security-Policy').toEqual([]);
  },
});

export { expect };
