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

test('the map appears drawn: not its first frames, a sea alone, nor only after its last', async ({
  app,
  page,
}) => {
  // Every frame until the map is ready: is its canvas on screen?
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { mapFrames: string[] }).mapFrames = seen;
    const sample = () => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
      if (canvas)
        seen.push(`${getComputedStyle(canvas).visibility} ready=${!!canvas.closest('[data-ready]')}`);
      if (!performance.getEntriesByName('app:ready').length) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await app.open();
  const frames = await page.evaluate(() => (window as unknown as { mapFrames: string[] }).mapFrames);
  // The map was drawn over several frames, the first of them hidden; it shows once all its data
  // is in, while its names fade in before it is ready, not in the frame after.
  expect(frames[0]).toBe('hidden ready=false');
  expect(frames.filter((f) => f === 'hidden ready=false').length).toBeGreaterThan(1);
  expect(frames).toContain('visible ready=false');
  await expect(page.getByTestId('map').locator('canvas')).toBeVisible();
});
