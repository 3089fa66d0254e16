import { expect, test } from './fixtures';

// The one place the service worker is allowed: it is what this spec is about.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app, its basemap and its fonts work with the network off', async ({
  app,
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await app.open('/#lang=zh&text=both');
  // The worker has stored the app and the font files for every character of the story.
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 60_000 });

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await app.waitReady();
  expect(
    await page.evaluate(() =>
      fetch('./not-stored.json').then(
        () => 'reached',
        () => 'offline',
      ),
    ),
  ).toBe('offline');

  // Chinese and Latin text in both weights come from the stored fonts, not a fallback.
  const fontsLoaded = await page.evaluate(async () => {
    const faces = [
      ...(await document.fonts.load('400 18px "Noto Sans SC"', '哈萨克斯坦共和国 Kazakhstan')),
      ...(await document.fonts.load('700 18px "Noto Sans SC"', '塔吉克斯坦 杜尚别 Dushanbe')),
    ];
    return faces.length > 0 && faces.every((face) => face.status === 'loaded');
  });
  expect(fontsLoaded).toBe(true);

  // Timeline, map places and article all still answer.
  await app.timelineEvent(/^抵达杜尚别/).click();
  await expect(app.paragraph('p021')).toHaveAttribute('data-active', 'true');
  await app.map.getByRole('button', { name: '阿克套港' }).focus();
  await page.keyboard.press('Enter');
  await expect(app.activeParagraphs().first()).toBeVisible();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(
    'Being Good Neighbours, Good Friends, Good Partners and Good Brothers',
  );
});

test('the studio works with the network off: a draft is made, kept through a reload and opened in the explorer', async ({
  app,
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await app.open('/');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 60_000 });
  await context.setOffline(true);

  await page.goto('/studio.html');
  await page.getByRole('button', { name: 'Edit the built-in story' }).click();
  await page.getByRole('tab', { name: 'Story', exact: true }).click();
  const title = page.getByRole('textbox', { name: 'Title (English)', exact: true });
  await title.fill('Written on a train');
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
  // The address now names the draft (`?draft=`): the stored studio answers it all the same.
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await page.getByRole('tab', { name: 'Story', exact: true }).click();
  await expect(title).toHaveValue('Written on a train');

  const draft = new URL(page.url()).searchParams.get('draft');
  await page.goto(`/index.html?draft=${draft}`);
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText('Written on a train');
});
