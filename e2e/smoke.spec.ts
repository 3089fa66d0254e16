import { expect, test } from './fixtures';

test('the app renders a real map, the timeline and the article, all from its own origin', async ({
  app,
  page,
}) => {
  await app.open();
  await expect(app.map).toBeVisible();
  await expect(app.timeline).toBeVisible();
  await expect(app.article).toBeVisible();
  // MapLibre drew into a WebGL canvas and finished loading its sources.
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true');
  const drawn = await page
    .getByTestId('map')
    .locator('canvas')
    .evaluate((c: HTMLCanvasElement) => {
      const gl = c.getContext('webgl2') ?? c.getContext('webgl');
      return gl !== null && c.width > 0 && c.height > 0;
    });
  expect(drawn).toBe(true);
  await expect(app.article.getByRole('heading', { level: 1 })).toContainText('Good Neighbours');
  expect(await app.timeline.getByRole('button', { name: /, .*\d/ }).count()).toBeGreaterThanOrEqual(30);
});
