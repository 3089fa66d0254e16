import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, type StoryMap, story, test, watchLayoutShift } from './fixtures';

/** The edition `npx vite build` makes beside the app: the built-in story, as `npm run export` writes it. */
const BUILT = new URL('../dist/edition.html', import.meta.url);

/** A folder as a teacher's USB stick may have it: spaces and Chinese characters in its path. */
function stickFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'edition-')), 'Silk Road 丝路 stories', '课堂 class');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Opens a file as a double-click does, with every request that is not the page's own refused, and
 * waits until the app is ready. Refused requests are failures of the test.
 */
async function openFromFile(page: Page, app: StoryMap, file: string, hash = '#lang=en') {
  // The page's origin on file:// is opaque: only file:, data: and blob: URLs are its own.
  app.origin = 'null';
  const refused: string[] = [];
  await page.route(/^(?!file:|data:|blob:)/, (route) => {
    refused.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  const url = pathToFileURL(file).href;
  expect(url).toMatch(/%20.*%E4%B8%9D%E8%B7%AF/);
  await page.goto(`${url}${hash}`);
  await app.waitReady();
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true');
  return refused;
}

test.beforeAll(() => {
  if (!existsSync(BUILT)) throw new Error('dist/edition.html is missing: run `npx vite build` first');
});

test('the one-file edition opens from file:// with the network refused: map, timeline and article in step, search, presentation', async ({
  app,
  page,
}) => {
  test.setTimeout(150_000);
  const file = join(stickFolder(), 'Silk Road 故事.html');
  copyFileSync(BUILT, file);
  const refused = await openFromFile(page, app, file);

  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(story.story.title.en);
  // Search finds a place.
  await page.getByRole('searchbox', { name: 'Search' }).fill('Dushanbe');
  await expect(page.getByRole('list', { name: 'Search' }).getByRole('button').first()).toBeVisible();

  // A timeline click highlights its passage in the article.
  await app.timelineEvent(/^Arrival in Dushanbe/).click();
  await expect(app.activeMark()).toHaveAccessibleName(/^Arrival in Dushanbe/);
  await expect(app.activeParagraphs().first()).toBeVisible();
  const activeIds = await app
    .activeParagraphs()
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-paragraph-id')));
  const event = story.events.find((e) => e.id === 'dushanbe-arrival');
  expect(activeIds).toContain(event?.paragraphs[0]);

  // P presents; the clicker's → and Page Down turn the slides.
  await page.keyboard.press('p');
  const presentation = page.getByRole('region', { name: 'Presentation' });
  const total = story.events.length;
  const slide = (n: number) => presentation.getByText(`Slide ${n} of ${total}`, { exact: true });
  // The talk starts at the event on screen.
  const n = story.events.findIndex((e) => e.id === 'dushanbe-arrival') + 1;
  await expect(slide(n)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(slide(n + 1)).toBeVisible();
  await expect(presentation.getByRole('heading', { level: 2 })).toHaveText(story.events[n]?.title.en ?? '');
  await page.keyboard.press('PageDown');
  await expect(slide(n + 2)).toBeVisible();

  expect(refused, 'requests the edition made off the page').toEqual([]);
});

test('the one-file edition does not move while it loads: its fonts, inlined, arrive after the first paint', async ({
  app,
  page,
}) => {
  const file = join(stickFolder(), 'Silk Road 故事.html');
  copyFileSync(BUILT, file);
  const shift = await watchLayoutShift(page);
  await openFromFile(page, app, file);
  expect(await shift()).toBeLessThanOrEqual(0.02);
});

/** Clicks the save button and keeps the edition it downloads on a stick: its suggested name and path. */
async function saveEdition(page: Page, button: string): Promise<{ name: string; file: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const name = download.suggestedFilename();
  const file = join(stickFolder(), name);
  await download.saveAs(file);
  return { name, file };
}

test('the explorer saves the story on screen as an edition that opens from file:// in Chinese', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  await app.open('/#lang=zh');
  const { name, file } = await saveEdition(page, '保存单文件版');
  expect(name).toBe(`${story.story.title.zh}.html`);

  const refused = await openFromFile(page, app, file, '#lang=zh');
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(story.story.title.zh);
  expect(refused).toEqual([]);
});

test('an edition saves itself as the page it was opened as: the copy opens from file:// too', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  const opened = join(stickFolder(), 'Silk Road 故事.html');
  copyFileSync(BUILT, opened);
  await openFromFile(page, app, opened);
  const { file } = await saveEdition(page, 'Save one-file edition');
  // The app drew itself into the page it had opened and emptied its blocks: the copy has neither.
  const copy = readFileSync(file, 'utf8');
  expect(copy).not.toContain('class="app ');
  expect(copy.length).toBeGreaterThan(readFileSync(opened, 'utf8').length * 0.99);

  const refused = await openFromFile(page, app, file);
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(story.story.title.en);
  expect(refused).toEqual([]);
});

/** The page and every file it carries (unpacked), as text. */
function editionTexts(html: string): { name: string; text: string }[] {
  const blocks = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map(
    ([, attrs = '', body = '']) => {
      const name = /data-asset="([^"]+)"/.exec(attrs)?.[1] ?? 'inline script';
      const packed = attrs.includes('data-encoding="gzip-base64"');
      return { name, text: packed ? gunzipSync(Buffer.from(body, 'base64')).toString('utf8') : body };
    },
  );
  return [{ name: 'page', text: html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '') }, ...blocks];
}

test('the edition refers to no http(s) address it would load: no scripts, styles, links, fonts or fetches', () => {
  const texts = editionTexts(readFileSync(BUILT, 'utf8'));
  expect(texts.map((t) => t.name)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^assets\/index-.*\.js$/), 'inline script']),
  );
  const LOADS = [
    // HTML: anything the page itself loads or links to.
    /<(?:script|link|img|iframe|source|audio|video|embed|object)\b[^>]*\b(?:src|href|data)=["']?https?:/gi,
    // CSS: imports, fonts and pictures.
    /@import\s+(?:url\()?["']?https?:/gi,
    /url\(\s*["']?https?:/gi,
    // JavaScript: requests, module imports, workers and elements given a literal address (a link's
    // href is followed only if a reader clicks it, and MapLibre's logo link is not shown).
    /\b(?:fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon)\s*\(\s*[`"']https?:/g,
    /\.src\s*=\s*[`"']https?:/g,
  ];
  const found = texts.flatMap(({ name, text }) =>
    LOADS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => `${name}: ${m[0]}`)),
  );
  expect(found).toEqual([]);
});
