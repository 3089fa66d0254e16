import type { ColdPage } from './browser';
import type { LongTasks } from './interactions';

export interface JourneyFrames {
  route: string;
  stops: number;
  seconds: number;
  /** Frames the page painted while the icon travelled, per second. */
  fps: number;
  longTasks: LongTasks;
}

interface JourneyWindow {
  benchJourney: { frames: number; tasks: number[]; counting: boolean };
}

/**
 * Plays the journey along `route` from the event's own page, as a user would with "Play journey",
 * and counts painted frames and long tasks until the status says it has reached its end.
 */
export async function journeyFrames(
  cold: ColdPage,
  origin: string,
  event: string,
  route: string,
): Promise<JourneyFrames> {
  const { page } = cold;
  await page.goto(`${origin}/#event=${event}&lang=en`);
  await cold.marks(['app:ready']);
  await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 60_000 });
  const journey = page.getByRole('region', { name: 'Journey' });
  await journey.getByRole('combobox', { name: 'Route' }).selectOption(route);
  await page.evaluate(() => {
    const w = window as unknown as JourneyWindow;
    w.benchJourney = { frames: 0, tasks: [], counting: true };
    const frame = () => {
      if (!w.benchJourney.counting) return;
      w.benchJourney.frames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new PerformanceObserver((list) => {
      if (w.benchJourney.counting) for (const e of list.getEntries()) w.benchJourney.tasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await journey.getByRole('button', { name: 'Play journey' }).click();
  await page.getByText(/the end of the journey/).waitFor({ timeout: 180_000 });
  const seconds = (Date.now() - started) / 1000;
  const { frames, tasks } = await page.evaluate(() => {
    const w = window as unknown as JourneyWindow;
    w.benchJourney.counting = false;
    return w.benchJourney;
  });
  const status = (await journey.getByRole('status').textContent()) ?? '';
  const stops = Number(/of (\d+)/.exec(status)?.[1] ?? 0);
  return {
    route,
    stops,
    seconds,
    fps: frames / seconds,
    longTasks: {
      count: tasks.length,
      maxMs: Math.max(0, ...tasks),
      totalMs: tasks.reduce((sum, t) => sum + t, 0),
    },
  };
}
