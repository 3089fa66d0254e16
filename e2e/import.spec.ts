import { readFileSync } from 'node:fs';
import { dropFile } from './drop';
import { expect, story, test } from './fixtures';

const example = (name: string) => readFileSync(new URL(`../public/stories/${name}`, import.meta.url), 'utf8');

test('a TimelineJS file dropped on the explorer shows its events, its places and what came across', async ({
  app,
  page,
}) => {
  await app.open('/#lang=en');
  await dropFile(page, 'zhang-qian.json', example('zhang-qian.timeline.json'));
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(
    'Zhang Qian and the Western Regions',
  );
  const marks = app.timeline.getByRole('list').getByRole('button');
  await expect(marks).toHaveCount(5);
  await expect(app.timelineEvent(/^Ten years among the Xiongnu/)).toBeVisible();
  const places = app.map.getByRole('list', { name: 'Places on the map' }).getByRole('button');
  await expect(places).toHaveCount(4);
  expect((await places.allTextContents()).sort()).toEqual([
    "Chang'an",
    'Dayuan (Ferghana)',
    'Wusun (Ili valley)',
    'Xiongnu lands',
  ]);
  const report = page.getByRole('status').filter({ hasText: 'was converted from a TimelineJS timeline' });
  await expect(report).toContainText('5 event(s), 4 place(s) and 7 paragraph(s) came across, in English.');
  await expect(report).toContainText('1 era(s) were left out: the story format has no eras.');
  // A one-language story: no language switch and no side-by-side text; the interface stays English.
  await expect(page.getByRole('button', { name: '中文' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Article text' })).toHaveCount(0);
  await app.waitReady();

  await app.timelineEvent(/^Dayuan, Kangju and the Yuezhi/).click();
  await expect(app.activeParagraphs()).toContainText('He escapes west to Dayuan');
  await page.getByRole('status').getByRole('button', { name: 'Back to the story you had' }).click();
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(story.story.title.en);
  await expect(page.getByRole('button', { name: '中文' })).toBeVisible();
});

test('a StoryMapJS file opened with "Open file…" shows its places and events, the report in Chinese', async ({
  app,
  page,
}) => {
  await app.open('/#lang=zh');
  const chooser = page.waitForEvent('filechooser');
  const open = page.getByRole('button', { name: '打开文件…' });
  await open.focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles('public/stories/xuanzang.storymap.json');
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText("Xuanzang's journey to India");
  const places = app.map.getByRole('list', { name: '地图上的地点' }).getByRole('button');
  // Chang'an is the place of two slides: one place.
  await expect(places).toHaveCount(4);
  expect((await places.allTextContents()).sort()).toEqual([
    "Chang'an",
    'Gaochang (Turpan)',
    'Nalanda',
    'Samarkand',
  ]);
  await expect(app.timeline.getByRole('list').getByRole('button')).toHaveCount(5);
  await expect(page.getByRole('status').filter({ hasText: '由 StoryMapJS 故事地图转换而来' })).toContainText(
    '已转换 5 个事件、4 个地点和 8 个段落，语言：英文。',
  );
});

test('a hostile file runs nothing: its markup is shown as text or dropped, its media are not fetched', async ({
  app,
  page,
}) => {
  await app.open('/#lang=en');
  const hostile = {
    title: {
      text: { headline: '<img src=x onerror="window.pwned=1">Harmless title<script>window.pwned=2</script>' },
    },
    events: [
      {
        start_date: { year: '2024', month: '7', day: '3' },
        text: {
          headline: 'Click <a href="javascript:window.pwned=3">me</a>',
          text: '<p onclick="window.pwned=4">Plain &lt;b&gt;text&lt;/b&gt;</p><iframe src="https://evil.example/"></iframe><svg onload="window.pwned=5"></svg>',
        },
        media: {
          url: '<iframe src="https://evil.example/embed"></iframe>',
          credit: '<script>window.pwned=6</script>',
        },
        location: { lat: '43.18', lon: '51.67', name: '<b onmouseover="window.pwned=7">Kuryk</b>' },
      },
    ],
  };
  await dropFile(page, 'hostile.json', JSON.stringify(hostile));
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText('Harmless title');
  await expect(app.article).toContainText('Plain <b>text</b>');
  await app.timelineEvent(/^Click me/).click();
  await app.map
    .getByRole('list', { name: 'Places on the map' })
    .getByRole('button', { name: 'Kuryk' })
    .focus();
  await app.waitReady();
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.locator('iframe, main img[src="x"], main svg[onload], [onclick], [onerror]')).toHaveCount(
    0,
  );
  // The fixture also fails the test on any request to evil.example (the media are kept as text only).
});

test('a gigapixel StoryMapJS story is refused with a message, and the story on screen stays', async ({
  app,
  page,
}) => {
  await app.open('/#lang=en');
  const gigapixel = {
    storymap: {
      map_type: 'zoomify',
      zoomify: { path: 'tiles/', width: 10000, height: 8000, tolerance: 0.9 },
      slides: [
        { type: 'overview', text: { headline: 'A painting' } },
        { text: { headline: 'A detail' }, location: { lat: 12, lon: 40 } },
      ],
    },
  };
  await dropFile(page, 'painting.json', JSON.stringify(gigapixel));
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('painting.json was not opened');
  await expect(dialog).toContainText(
    'gigapixel story: its slides are positions on a picture, not places on Earth',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(story.story.title.en);
});
