import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1920, height: 1080 } });

test('presenting, the map’s names grow for the projector, and high contrast restyles the map itself', async ({
  app,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open('/#event=trans-caspian-launch&lang=en');
  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-scale', '1.00');
  await page.keyboard.press('p');
  // Slide places are set at 15.5 px × the scale, the smallest country names at 9.5 px × it.
  await expect.poll(async () => Number(await map.getAttribute('data-scale'))).toBeGreaterThanOrEqual(1.7);

  const canvas = map.locator('canvas');
  await expect.poll(() => app.mapNames()).toContain('Port of Kuryk');
  const before = await canvas.screenshot();
  await page.getByRole('button', { name: 'High contrast' }).click();
  await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'true');
  // The share of the map's pixels that changed colour clearly, decoded by the browser itself.
  await expect.poll(async () => changedShare(page, before, await canvas.screenshot())).toBeGreaterThan(0.3);
});

async function changedShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x = '', y = '']) => {
      const pixels = async (png: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context?.drawImage(bitmap, 0, 0);
        return context?.getImageData(0, 0, bitmap.width, bitmap.height).data ?? new Uint8ClampedArray();
      };
      const [p, q] = await Promise.all([pixels(x), pixels(y)]);
      let changed = 0;
      for (let i = 0; i < p.length; i += 4) {
        const d =
          Math.abs((p[i] ?? 0) - (q[i] ?? 0)) +
          Math.abs((p[i + 1] ?? 0) - (q[i + 1] ?? 0)) +
          Math.abs((p[i + 2] ?? 0) - (q[i + 2] ?? 0));
        if (d > 30) changed++;
      }
      return changed / (p.length / 4);
    },
    [a.toString('base64'), b.toString('base64')],
  );
}
