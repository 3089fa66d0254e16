import type { Page, Route } from '@playwright/test';
import { dropFile } from './drop';
import { expect, storyFile as story, test } from './fixtures';

/** Answers `stories/<name>` on the app's own site as a static host would, or not at all. */
async function host(page: Page, name: string, answer: (route: Route) => Promise<void>) {
  await page.route(`**/stories/${name}`, answer);
}

const json = (body: string) => (route: Route) =>
  route.fulfill({ status: 200, contentType: 'application/json', body });

function errorScreen(page: Page) {
  return page
    .getByRole('main')
    .filter({ has: page.getByRole('heading', { name: 'This story could not be opened' }) });
}

test('a wrong story address says so and leads back to the built-in story', async ({ app, page }) => {
  await host(page, 'gone.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/?story=stories/gone.json#lang=en');
  await expect(errorScreen(page)).toContainText('there is no file at this address (HTTP 404)');

  // The preview server, like many static hosts, answers an unknown address with the app's page.
  await page.goto('/?story=stories/missing.json#lang=en');
  const screen = errorScreen(page);
  await expect(screen).toContainText('this address gives a web page, not a story file');
  await screen.getByRole('link', { name: 'Open the built-in story instead' }).click();
  await app.waitReady();
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(story.title.en);
  expect(new URL(page.url()).search).toBe('');
});

test('a network failure is told apart from a missing file, and Try again retries', async ({ app, page }) => {
  let down = true;
  await host(page, 'lesson.json', (route) =>
    down ? route.abort('internetdisconnected') : json(JSON.stringify(story))(route),
  );
  await page.goto('/?story=stories/lesson.json#lang=en');
  await expect(errorScreen(page)).toContainText('the network is off or the server is not answering');
  down = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await app.waitReady();
  await expect(app.timeline.getByRole('list').getByRole('button')).toHaveCount(story.events.length);
});

test('broken JSON is pointed at by line and column', async ({ page }) => {
  const text = JSON.stringify(story, null, 2).replace('"events": [', '"events": [,');
  await host(page, 'broken.json', json(text));
  await page.goto('/?story=stories/broken.json#lang=en');
  const line = text.split('\n').findIndex((l) => l.includes('"events": [,')) + 1;
  await expect(errorScreen(page)).toContainText(
    `not valid JSON at line ${line}, column 14: a value is expected here (an extra comma?)`,
  );
});

test('schema errors and unknown references are all listed, in the reader’s language', async ({ page }) => {
  const bad = structuredClone(story);
  bad.events[0].date = '2024-02-30';
  bad.events[1].places = ['aktaw'];
  bad.places[0].coordinates = [200, 10];
  delete bad.paragraphs[2].en;
  await host(page, 'draft.json', json(JSON.stringify(bad)));
  await page.goto('/?story=stories/draft.json#lang=en');
  const screen = errorScreen(page);
  await expect(screen).toContainText('has 4 problem(s)');
  await expect(screen.getByRole('listitem')).toHaveCount(4);
  await expect(screen).toContainText('unknown place "aktaw" (did you mean "aktau"?)');

  await page.goto('/?story=stories/draft.json#lang=zh');
  await page.reload();
  await expect(page.getByRole('heading', { name: '无法打开这个故事' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('未知的地点 "aktaw"（是否指 "aktau"？）');
});

test('a story with no events is refused with a reason', async ({ page }) => {
  await host(page, 'empty.json', json(JSON.stringify({ ...story, events: [] })));
  await page.goto('/?story=stories/empty.json#lang=en');
  await expect(errorScreen(page)).toContainText('events: a story needs at least one event');
});

test('a story file over 64 MB is refused before it is parsed, fetched or dropped', async ({ app, page }) => {
  const bytes = 65 * 1024 * 1024;
  // The server's declared length is enough: the body is not downloaded.
  await host(page, 'huge.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'content-length': String(bytes) },
      body: '{}',
    }),
  );
  await page.goto('/?story=stories/huge.json#lang=en');
  await expect(errorScreen(page)).toContainText('the file is 65.0 MB; a story file can be at most 64 MB');

  await app.open('/#event=sco-summit&lang=en');
  await dropFile(page, 'huge.json', { bytes });
  await expect(page.getByRole('alertdialog')).toContainText('the file is 65.0 MB');
  await expect(app.activeMark()).toHaveAccessibleName(/^SCO summit in Astana/);
});

test("the error screen's way to another file speaks the reader's language, not the browser's", async ({
  page,
}) => {
  await page.goto('/?story=stories/missing.json#lang=zh');
  await expect(page.getByRole('button', { name: '从本机打开故事文件…' })).toBeVisible();
  // The browser's own file button would read "Choose File" here: it is not shown.
  await expect(page.locator('input[type=file]')).toBeHidden();
});

test('a story on another site is not fetched at all', async ({ page }) => {
  await page.goto('/?story=https://stories.example/other.json#lang=en');
  await expect(errorScreen(page)).toContainText('stories are opened only from this site');
  await expect(page.getByRole('link', { name: 'Open the built-in story instead' })).toBeVisible();
});

test('from the error screen an author can pick a story file from the computer', async ({ app, page }) => {
  await page.goto('/?story=stories/missing.json#lang=en');
  const mine = { ...story, title: { ...story.title, en: 'My class story' } };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a story file from this computer…' }).click();
  await (await chooser).setFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(mine)),
  });
  await app.waitReady();
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText('My class story');
});
