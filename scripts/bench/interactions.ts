import type { Page } from '@playwright/test';
import { cameraFromAttributes, projectToBox } from '../../e2e/map-projection';
import { parseHash } from '../../src/app/url-state';
import { createAppStore } from '../../src/store/store';
import type { NormalisedStory } from '../../src/story/normalise';
import type { ColdPage } from './browser';

/** What the bench keeps in the page between two `evaluate` calls. */
interface BenchWindow {
  benchMoves: { starts0: number; ends: number };
  benchResult: Promise<{ outcome: 'hit' | 'none'; ms: number }>;
  benchLongTasks: number[];
}
const MOVESTART = 'map:movestart';

/**
 * Counts finished camera moves: the app records the camera in `data-center` on every `moveend`,
 * and marks every `movestart`, so the map is still when both counts agree.
 */
export async function countMoves(page: Page): Promise<void> {
  await page.evaluate((movestart) => {
    const w = window as unknown as BenchWindow;
    w.benchMoves = { starts0: performance.getEntriesByName(movestart).length, ends: 0 };
    const map = document.querySelector('[data-testid="map"]');
    if (!map) throw new Error('no map on the page');
    new MutationObserver((records) => {
      w.benchMoves.ends += records.length;
    }).observe(map, { attributes: true, attributeFilter: ['data-center'] });
  }, MOVESTART);
}

async function mapStill(page: Page): Promise<void> {
  await page.waitForFunction(
    (movestart) => {
      const { starts0, ends } = (window as unknown as BenchWindow).benchMoves;
      return performance.getEntriesByName(movestart).length - starts0 <= ends;
    },
    MOVESTART,
    { timeout: 30_000 },
  );
}

const activeEventId = async (page: Page) =>
  parseHash(await page.evaluate(() => window.location.hash)).event ?? null;

/**
 * What the app answers a click on a place with while `current` is active, as the store itself
 * decides: one event's passage highlighted, or, for a place with several events, their list.
 */
function answerToPlace(
  story: NormalisedStory,
  current: string | null,
  placeId: string,
): { paragraph: string } | { list: string } | undefined {
  const store = createAppStore({ lang: 'en' });
  store.getState().setLoaded({ ok: true, story });
  store.getState().activate(current, 'nav');
  store.getState().selectPlace(placeId, 'map');
  const state = store.getState();
  if (state.placeChoice === placeId) return { list: story.placesById.get(placeId)?.name.en ?? placeId };
  const id = state.activeEventId;
  const event = id && id !== current ? story.eventsById.get(id) : undefined;
  const before = current ? (story.eventsById.get(current)?.paragraphs ?? []) : [];
  const paragraph = event?.paragraphs[0];
  // Nothing would change on screen: no answer to time.
  if (!event || !paragraph || sameSet(event.paragraphs, before)) return undefined;
  return { paragraph };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export interface ClickSamples {
  ms: number[];
  places: string[];
  attempts: number;
}

/**
 * Real mouse clicks on markers of the map canvas, at the screen point of each place computed from the
 * recorded camera, timed from the click event to the frame after the app's answer is on screen: the
 * place's passage marked active or, for a place with several events, their list. A click that lands
 * on a cluster or on another marker is counted as an attempt, not a sample.
 */
export async function markerClicks(
  cold: ColdPage,
  story: NormalisedStory,
  wanted: number,
): Promise<ClickSamples> {
  const { page } = cold;
  const map = page.getByTestId('map');
  const out: ClickSamples = { ms: [], places: [], attempts: 0 };
  const places = story.story.places;
  // A place missed twice is not a marker of its own at these views (a site grouped under its city,
  // a country's name): trying it again would only spend attempts.
  const missed = new Map<string, number>();
  for (let i = 0; i < places.length * 20 && out.ms.length < wanted && out.attempts < wanted * 4; i++) {
    const place = places[(i * 7) % places.length];
    if (!place || (missed.get(place.id) ?? 0) >= 2) continue;
    // A list left open from the last click is closed, as a reader would, so the next one shows anew.
    const close = page.locator('.place-choice .card-close');
    if (await close.count()) await close.click();
    await mapStill(page);
    const current = await activeEventId(page);
    const answer = answerToPlace(story, current, place.id);
    if (!answer) continue;
    const box = await map.boundingBox();
    if (!box) throw new Error('the map is not on screen');
    const camera = cameraFromAttributes(
      await map.getAttribute('data-center'),
      await map.getAttribute('data-zoom'),
    );
    const { x, y } = projectToBox(box, camera, ...place.coordinates);
    const onCanvas = await page.evaluate(
      ([px, py, b]) =>
        px > b.x + 12 &&
        px < b.x + b.width - 12 &&
        py > b.y + 12 &&
        py < b.y + b.height - 12 &&
        !!document.elementFromPoint(px, py)?.classList.contains('maplibregl-canvas'),
      [x, y, box] as const,
    );
    if (!onCanvas) continue;
    await page.evaluate((want) => {
      (window as unknown as BenchWindow).benchResult = new Promise((resolve) => {
        let clickAt = 0;
        document.addEventListener(
          'click',
          (e) => {
            clickAt = e.timeStamp;
          },
          { capture: true, once: true },
        );
        const shown = () =>
          'paragraph' in want
            ? document
                .querySelector(`[data-paragraph-id="${want.paragraph}"]`)
                ?.getAttribute('data-active') === 'true'
            : document.getElementById('place-choice-title')?.textContent === want.list;
        const done = (outcome: 'hit' | 'none') => {
          observer.disconnect();
          clearTimeout(timer);
          // The frame that shows the answer has been painted once a task after its rAF runs.
          requestAnimationFrame(() =>
            setTimeout(() => resolve({ outcome, ms: performance.now() - clickAt })),
          );
        };
        const observer = new MutationObserver(() => {
          if (shown()) done('hit');
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['data-active'],
        });
        const timer = setTimeout(() => done('none'), 2000);
      });
    }, answer);
    await page.mouse.click(x, y);
    out.attempts++;
    const result = await page.evaluate(() => (window as unknown as BenchWindow).benchResult);
    if (result.outcome === 'hit') {
      out.ms.push(result.ms);
      out.places.push(place.id);
    } else missed.set(place.id, (missed.get(place.id) ?? 0) + 1);
  }
  return out;
}

/** Clicks on timeline events, timed from the click event to the map's `movestart`. */
export async function timelineClicks(
  cold: ColdPage,
  story: NormalisedStory,
  wanted: number,
): Promise<number[]> {
  const { page } = cold;
  const movers = story.events.filter((e) => e.view || e.places.length > 0);
  const picks = Array.from({ length: wanted }, (_, i) => movers[Math.floor((i * movers.length) / wanted)]);
  const out: number[] = [];
  for (const event of picks) {
    if (!event) continue;
    await mapStill(page);
    await page.evaluate((movestart) => {
      (window as unknown as BenchWindow).benchResult = new Promise((resolve) => {
        const count = performance.getEntriesByName(movestart).length;
        document.addEventListener(
          'click',
          (e) => {
            const started = Date.now();
            const check = () => {
              const marks = performance.getEntriesByName(movestart);
              const mark = marks.length > count ? marks.at(-1) : undefined;
              if (mark) resolve({ outcome: 'hit', ms: mark.startTime - e.timeStamp });
              else if (Date.now() - started > 3000) resolve({ outcome: 'none', ms: 0 });
              else requestAnimationFrame(check);
            };
            check();
          },
          { capture: true, once: true },
        );
      });
    }, MOVESTART);
    await page
      .locator(`.timeline-marks button[aria-label^=${JSON.stringify(`${event.title.en}, `)}]`)
      .click();
    const result = await page.evaluate(() => (window as unknown as BenchWindow).benchResult);
    if (result.outcome === 'hit') out.push(result.ms);
  }
  return out;
}

/** Heap after GC, before and after `changes` event changes with the → key (Home from the last event). */
export async function heapGrowth(cold: ColdPage, story: NormalisedStory, changes: number) {
  const { page } = cold;
  // Keys go to the window's handler only when no map canvas or field has the focus.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await mapStill(page);
  const current = await activeEventId(page);
  let index = current ? (story.eventsById.get(current)?.index ?? -1) : -1;
  const before = await cold.heap();
  for (let i = 0; i < changes; i++) {
    const last = index === story.events.length - 1;
    await page.keyboard.press(last ? 'Home' : 'ArrowRight');
    index = last ? 0 : index + 1;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  await mapStill(page);
  const after = await cold.heap();
  const landed = await activeEventId(page);
  if (landed !== story.events[index]?.id)
    throw new Error(`expected event ${index} after the changes, got ${landed}`);
  return { beforeBytes: before, afterBytes: after, growthBytes: after - before };
}

export interface LongTasks {
  count: number;
  maxMs: number;
  totalMs: number;
}

/** Long tasks while the mouse wheel scrolls a region, and in the second after (what the scroll set off). */
async function longTasksWhileWheeling(page: Page, selector: string, deltaY: number): Promise<LongTasks> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => {
    (window as unknown as BenchWindow).benchLongTasks = [];
  });
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate(() => (window as unknown as BenchWindow).benchLongTasks);
  return {
    count: tasks.length,
    maxMs: Math.max(0, ...tasks),
    totalMs: tasks.reduce((sum, t) => sum + t, 0),
  };
}

export async function longTasksWhileScrolling(cold: ColdPage) {
  await cold.page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.benchLongTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await mapStill(cold.page);
  const timeline = await longTasksWhileWheeling(cold.page, '.timeline-scroll', 200);
  await mapStill(cold.page);
  const article = await longTasksWhileWheeling(cold.page, '#article', 300);
  return { timeline, article };
}
