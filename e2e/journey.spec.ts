import { expect, story, test } from './fixtures';

const route = story.routesById.get('trans-caspian-road');
const stops = (route?.places ?? []).map((id) => story.placesById.get(id)?.name.en ?? id);

test.describe('a journey along the trans-Caspian corridor', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('announces its stops in order, makes their events active, and moves stop to stop under reduced motion', async ({
    app,
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open('/#event=trans-caspian-launch&lang=en');
    const journey = app.map.getByRole('region', { name: 'Journey' });
    await journey.getByRole('combobox', { name: 'Route' }).selectOption('trans-caspian-road');
    await journey.getByRole('button', { name: 'Play journey' }).click();
    const status = journey.getByRole('status');
    // Where the icon is drawn, sampled while it plays: under reduced motion it only ever jumps.
    const positions = new Set<string>();
    for (const [i, name] of stops.entries()) {
      await expect(status).toContainText(`${name}: stop ${i + 1} of ${stops.length}`, { timeout: 20_000 });
      const icon = await page.locator('.journey-icon').boundingBox();
      if (icon) positions.add(`${Math.round(icon.x / 4)},${Math.round(icon.y / 4)}`);
    }
    await expect(status).toContainText('the end of the journey');
    await expect(status).not.toContainText('next,');
    expect(positions.size).toBeGreaterThanOrEqual(stops.length - 1);
    // Each stop of this corridor is told by the launch event: it stays active, with the article.
    await expect(app.activeMark()).toHaveAccessibleName(/^China–Europe Trans-Caspian Express launched/);
    await expect(app.paragraph('p042')).toHaveAttribute('data-active', 'true');
    // Kuryk's leg was announced with its mode and length.
    await journey.getByRole('button', { name: 'End journey' }).click();
    await expect(journey.getByRole('button', { name: 'Play journey' })).toBeVisible();
    await expect(page.locator('.journey-icon')).toHaveCount(0);
  });

  test('pauses, steps a stop at a time with its next leg in km, and Esc ends it, not the presentation', async ({
    app,
    page,
  }) => {
    await app.open('/#event=trans-caspian-launch&lang=en');
    await page.keyboard.press('p');
    const journey = app.map.getByRole('region', { name: 'Journey' });
    const presenting = page.getByRole('button', { name: 'Exit (Esc)' });
    // In full screen Esc belongs to the browser: leaving full screen ends the journey, the talk goes on.
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    await journey.getByRole('button', { name: 'Play journey' }).click();
    await page.evaluate(() => document.exitFullscreen());
    await expect(journey.getByRole('button', { name: 'Play journey' })).toBeVisible();
    await expect(presenting).toBeVisible();
    // In a window, Esc reaches the page.
    await journey.getByRole('button', { name: 'Play journey' }).click();
    await journey.getByRole('button', { name: 'Pause' }).click();
    await journey.getByRole('button', { name: 'Next stop' }).click();
    await expect(journey.getByRole('status')).toContainText(
      new RegExp(`^${stops[1]}: stop 2 of ${stops.length}; next, [\\d,]+ km by (road|rail) to ${stops[2]}`),
    );
    await expect(journey.getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(journey.getByRole('button', { name: 'Play journey' })).toBeVisible();
    await expect(presenting).toBeVisible();
    // The next Esc ends the talk.
    await page.keyboard.press('Escape');
    await expect(presenting).toHaveCount(0);
  });
});

test('the journey speaks Chinese', async ({ app }) => {
  await app.open('/#event=trans-caspian-launch&lang=zh');
  await expect(app.map.getByRole('button', { name: '播放旅程' })).toBeVisible();
});
