import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import config from '../playwright.config';
import { COLORS } from '../src/map/style';
import { expect, story, test } from './fixtures';

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
const WATER = rgb(COLORS.water);
const LAND = rgb(COLORS.land);
/** The active event's countries. */
const TINT = rgb(COLORS.landActive);

/** The share of the map's pixels (as on screen) that are close to each colour. */
async function shares(page: Page, colours: number[][]): Promise<number[]> {
  const png = (await page.getByTestId('map').screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, colours }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return colours.map(() => 0);
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const counts = colours.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        colours.forEach(([r = 0, g = 0, b = 0], c) => {
          const d =
            Math.abs((data[i] ?? 0) - r) +
            Math.abs((data[i + 1] ?? 0) - g) +
            Math.abs((data[i + 2] ?? 0) - b);
          if (d < 12) counts[c] = (counts[c] ?? 0) + 1;
        });
      }
      return counts.map((n) => n / (data.length / 4));
    },
    { png, colours },
  );
}

/** The map canvas's WEBGL_lose_context: it loses and restores the context as a GPU reset would. */
async function loseContextExtension(page: Page) {
  const ext = await page
    .getByTestId('map')
    .locator('canvas')
    .evaluateHandle((canvas: HTMLCanvasElement) =>
      canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context'),
    );
  return {
    lose: () => ext.evaluate((e) => e?.loseContext()),
    restore: () => ext.evaluate((e) => e?.restoreContext()),
  };
}

test('a lost WebGL context is restored: the map draws again and its markers answer clicks', async ({
  app,
  page,
}) => {
  await app.open('/#event=buildings-construction-start&lang=en');
  // Tajikistan, tinted, is about a hundredth of the map framed around Dushanbe.
  await expect.poll(async () => (await shares(page, [TINT]))[0]).toBeGreaterThan(0.005);
  const [water = 0, land = 0] = await shares(page, [WATER, LAND]);
  expect(water + land).toBeGreaterThan(0.3);

  const gpu = await loseContextExtension(page);
  await gpu.lose();
  await expect.poll(async () => (await shares(page, [LAND]))[0]).toBeLessThan(0.1);

  await gpu.restore();
  await expect.poll(async () => (await shares(page, [LAND]))[0], { timeout: 30_000 }).toBeGreaterThan(0.3);
  // MapLibre rebuilds the style itself; the tint of the event's countries is the app's to put back.
  await expect.poll(async () => (await shares(page, [TINT]))[0]).toBeGreaterThan(0.005);
  const marker = await app.screenPoint(68.78, 38.58);
  await page.mouse.click(marker.x, marker.y);
  // The new buildings, where the welcome ceremony was held, have several events: the map offers them.
  await page
    .getByRole('region', { name: /New parliament and government buildings/ })
    .getByRole('button', { name: /Welcome ceremony/ })
    .click();
  await expect(app.activeMark()).toHaveAccessibleName(/Welcome ceremony at the Palace of the Nation/);
  await expect(app.paragraph('p023')).toHaveAttribute('data-active', 'true');
});

/** Makes every canvas refuse a WebGL2 context after the first `allow`, as when the GPU has gone for good. */
function refuseWebgl(allow: number) {
  const getContext = HTMLCanvasElement.prototype.getContext;
  let left = allow;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    if (args[0] === 'webgl2' && left-- <= 0) return null;
    return (getContext as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof getContext;
}

test('when the browser refuses MapLibre a WebGL2 context, the simple map takes its place', async ({
  app,
  page,
}) => {
  // The browser has the WebGL2 API, but gives no context (a blocked GPU, a broken driver).
  await page.addInitScript(refuseWebgl, 0);
  await app.open('/#lang=en');
  await expect(app.map.getByRole('note')).toHaveText(/interactive map needs WebGL/);
  await expect(app.map.getByRole('img', { name: /^Simple map of the story/ })).toBeVisible();
});

test('a lost context that cannot be restored leaves the simple map in its place', async ({ app, page }) => {
  await app.open('/#event=buildings-construction-start&lang=en');
  const gpu = await loseContextExtension(page);
  await page.evaluate(refuseWebgl, 0);
  await gpu.lose();
  await gpu.restore();
  await expect(app.map.getByRole('note')).toHaveText(/interactive map needs WebGL/);
  await expect(app.map.getByRole('button', { name: 'Dushanbe', exact: true })).toBeVisible();
});

/** The same browser with WebGL switched off, as on a machine without a usable GPU or driver. */
const withoutWebgl = test.extend<object, { browser: Browser }>({
  browser: [
    async ({ playwright }, use) => {
      const launch = config.use?.launchOptions ?? {};
      const browser = await playwright.chromium.launch({
        ...launch,
        args: [...(launch.args ?? []), '--disable-webgl', '--disable-3d-apis'],
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

withoutWebgl.describe('without WebGL', () => {
  const place = (id: string) => {
    const p = story.placesById.get(id);
    if (!p) throw new Error(`no place ${id}`);
    return p;
  };

  withoutWebgl(
    'a notice says so, and a simple map with the places as buttons follows the timeline and the article',
    async ({ app, page }) => {
      await app.open('/#lang=en');
      await expect(app.map.getByRole('note')).toHaveText(
        /interactive map needs WebGL.*simple map is shown instead/,
      );
      await expect(app.map.getByRole('img', { name: /^Simple map of the story/ })).toBeVisible();
      await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true');
      const places = app.map.getByRole('list', { name: 'Places on the map' }).getByRole('button');
      await expect(places).toHaveCount(story.story.places.length);
      const dushanbe = app.map.getByRole('button', { name: 'Dushanbe', exact: true });
      await expect(dushanbe).toBeVisible();
      await expect(dushanbe).not.toHaveAttribute('aria-current');

      // A timeline event moves the emphasis (and the frame) to its places, and its passage lights up.
      await app.timelineEvent(/^Arrival in Dushanbe/).click();
      await expect(app.paragraph('p021')).toHaveAttribute('data-active', 'true');
      await expect(dushanbe).toHaveAttribute('aria-current', 'true');
      await expect(app.map.getByRole('button', { name: 'Astana', exact: true })).not.toHaveAttribute(
        'aria-current',
      );
      const map = await app.map.boundingBox();
      const card = await app.map.getByRole('article').boundingBox();
      const spot = await dushanbe.boundingBox();
      expect(map && card && spot).toBeTruthy();
      if (map && card && spot) {
        expect(spot.x).toBeGreaterThan(card.x + card.width);
        expect(spot.x + spot.width).toBeLessThan(map.x + map.width);
      }

      // A place button selects its first event, as a click on a MapLibre marker does.
      const wind = place('zhanatas-wind-farm');
      const [first] = story.eventsByPlace.get(wind.id) ?? [];
      if (!first) throw new Error('no event at the wind farm');
      await app.map.getByRole('button', { name: wind.name.en, exact: true }).click();
      await expect(app.activeMark()).toHaveAccessibleName(new RegExp(`^${first.title.en}`));
      for (const id of first.paragraphs)
        await expect(app.paragraph(id)).toHaveAttribute('data-active', 'true');
      await expect(app.map.getByRole('button', { name: wind.name.en, exact: true })).toHaveAttribute(
        'aria-current',
        'true',
      );

      // The notice and the map speak the reader's language.
      await page.getByRole('button', { name: '中文' }).click();
      await expect(app.map.getByRole('note')).toHaveText(/交互式地图需要 WebGL/);
      await expect(
        app.map.getByRole('button', { name: place('dushanbe').name.zh, exact: true }),
      ).toBeVisible();
    },
  );

  withoutWebgl(
    'the simple map meets WCAG 2.1 AA, and a place reached by keyboard comes into view',
    async ({ app, page }) => {
      await app.open('/#event=buildings-construction-start&lang=en');
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      const duisburg = app.map.getByRole('button', { name: place('duisburg').name.en, exact: true });
      await expect(duisburg).not.toBeInViewport();
      await duisburg.focus();
      await expect(duisburg).toBeInViewport();
      await duisburg.press('Enter');
      const [first] = story.eventsByPlace.get('duisburg') ?? [];
      await expect(app.activeMark()).toHaveAccessibleName(new RegExp(`^${first?.title.en}`));
    },
  );

  withoutWebgl(
    'presenting works on the simple map, and the handout has its texts and maps (drawn as SVG, no WebGL needed)',
    async ({ app, page }) => {
      await app.open('/?present#lang=en');
      const presentation = page.getByRole('region', { name: 'Presentation' });
      await expect(presentation.getByText(`Slide 1 of ${story.events.length}`)).toBeVisible();
      await presentation.getByRole('button', { name: 'Next slide' }).click();
      const second = story.events[1];
      const where = place(second?.places[0] ?? '');
      await expect(app.map.getByRole('button', { name: where.name.en, exact: true })).toHaveAttribute(
        'aria-current',
        'true',
      );

      await page.goto('/?handout#lang=en');
      await page.waitForFunction(() => document.documentElement.dataset.handoutReady === 'true');
      const handout = page.getByRole('region', { name: 'Handout' });
      await expect(handout.getByRole('heading', { level: 2 })).toHaveCount(story.events.length);
      await expect(handout.getByRole('img')).toHaveCount(story.events.length);
    },
  );
});
