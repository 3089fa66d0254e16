import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Basemap colours from src/map/style.ts. */
const WATER = [0xc9, 0xdf, 0xec];
const LAND = [0xf3, 0xef, 0xe6];

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
  const [water = 0, land = 0] = await shares(page, [WATER, LAND]);
  expect(water + land).toBeGreaterThan(0.3);

  const gpu = await loseContextExtension(page);
  await gpu.lose();
  await expect.poll(async () => (await shares(page, [LAND]))[0]).toBeLessThan(0.1);

  await gpu.restore();
  await expect.poll(async () => (await shares(page, [LAND]))[0], { timeout: 30_000 }).toBeGreaterThan(0.3);
  const marker = await app.screenPoint(68.78, 38.58);
  await page.mouse.click(marker.x, marker.y);
  await expect(app.activeMark()).toHaveAccessibleName(/Welcome at the Palace of Nation: 21-gun salute/);
  await expect(app.paragraph('p023')).toHaveAttribute('data-active', 'true');
});
