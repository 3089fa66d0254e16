import { expect, test } from './fixtures';

const DUSHANBE = { lon: 68.78, lat: 38.56 };

test.describe('map, timeline and article follow each other', () => {
  test('a click on a map marker highlights its passage and moves the timeline', async ({ app, page }) => {
    await app.open('/#event=buildings-construction-start&lang=en');
    await expect(app.activeMark()).toHaveAccessibleName(
      /Work begins on the China-aided parliament and government buildings/,
    );
    await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true');
    // Click the marker where the map draws the Dushanbe buildings: four events happened there.
    const marker = await app.screenPoint(68.783, 38.574);
    // The pointer tells a marker from the map around it.
    const canvas = page.locator('.maplibregl-canvas');
    await page.mouse.move(marker.x + 60, marker.y + 60);
    await expect(canvas).not.toHaveCSS('cursor', 'pointer');
    await page.mouse.move(marker.x, marker.y);
    await expect(canvas).toHaveCSS('cursor', 'pointer');
    await page.mouse.click(marker.x, marker.y);
    const choice = page.getByRole('region', { name: 'New parliament and government buildings, Dushanbe' });
    await expect(choice.getByRole('button')).toHaveCount(5);
    await expect(choice).toContainText('4 events here: choose one');
    // The reader picks one, and it becomes active everywhere.
    await choice.getByRole('button', { name: /Welcome ceremony at the Palace of the Nation/ }).click();
    await expect(app.activeMark()).toHaveAccessibleName(/Welcome ceremony at the Palace of the Nation/);
    await expect(app.paragraph('p023')).toHaveAttribute('data-active', 'true');
    await expect(app.paragraph('p023')).toBeInViewport();
    await expect(app.activeMark()).toBeInViewport();
    await expect(page.getByRole('status')).toContainText('Welcome ceremony at the Palace of the Nation');
  });

  test('a timeline event moves the map to its place and highlights its paragraphs', async ({ app, page }) => {
    await app.open();
    const before = await app.camera();
    await app.timelineEvent(/^Arrival in Dushanbe/).click();
    await expect(app.activeMark()).toHaveAccessibleName(
      /^Arrival in Dushanbe: red roses and dancing, 4 July 2024$/,
    );
    await expect(app.paragraph('p021')).toHaveAttribute('data-active', 'true');
    await expect(app.paragraph('p020')).toBeInViewport();
    // The camera flies in until Dushanbe is in the open part of the map, beside the event card.
    await expect
      .poll(async () => (await app.camera()).zoom, { timeout: 30_000 })
      .toBeGreaterThan(before.zoom + 1);
    const map = await page.getByTestId('map').boundingBox();
    const card = await page.getByRole('article').boundingBox();
    await expect
      .poll(
        async () => {
          const p = await app.screenPoint(DUSHANBE.lon, DUSHANBE.lat);
          return (
            !!map &&
            !!card &&
            p.x > card.x + card.width &&
            p.x < map.x + map.width &&
            p.y > map.y &&
            p.y < map.y + map.height
          );
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    // Only the active event's paragraphs are highlighted.
    await expect(app.activeParagraphs()).toHaveCount(3);
  });

  test('scrolling the article makes the paragraph at the reading line lead', async ({ app, page }) => {
    await app.open();
    const target = app.paragraph('p041');
    // The reader scrolls with the wheel until the trans-Caspian passage reaches the reading line.
    await app.article.hover();
    for (let i = 0; i < 80; i++) {
      const box = await target.boundingBox();
      const panel = await app.article.boundingBox();
      if (box && panel && box.y < panel.y + panel.height * 0.3) break;
      await page.mouse.wheel(0, 300);
    }
    await expect(app.activeMark()).toHaveAccessibleName(/China–Europe Trans-Caspian Express launched/);
    await expect(target).toHaveAttribute('data-active', 'true');
    await expect(app.activeMark()).toBeInViewport();
  });
});

test('a deep link opens the same view after a reload, and Back/Forward walk the events visited', async ({
  app,
  page,
}) => {
  await app.open('/#event=friendship-medal&lang=zh');
  await expect(app.activeMark()).toHaveAccessibleName(/友谊勋章/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.reload();
  await app.waitReady();
  await expect(app.activeMark()).toHaveAccessibleName(/友谊勋章/);
  await expect(app.paragraph('p027')).toHaveAttribute('data-active', 'true');

  await app
    .timelineEvent(/^上合组织阿斯塔纳峰会|^上合/)
    .first()
    .click();
  const summit = await app.hash();
  expect(summit).toMatch(/event=sco-/);
  await app.timelineEvent(/抵达杜尚别/).click();
  expect(await app.hash()).toContain('event=dushanbe-arrival');
  await page.goBack();
  await expect.poll(() => app.hash()).toBe(summit);
  await expect(app.activeMark()).toHaveAccessibleName(/上合/);
  await page.goBack();
  await expect(app.activeMark()).toHaveAccessibleName(/友谊勋章/);
  await page.goForward();
  await expect.poll(() => app.hash()).toBe(summit);
});

test('the language switch changes every label and is remembered; parallel text carries both languages', async ({
  app,
  page,
}) => {
  await app.open();
  await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('region', { name: '地图', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '时间轴', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '文章', exact: true })).toBeVisible();
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText('做好邻居、好朋友、好伙伴、好兄弟');
  await expect(page.getByRole('button', { name: '下一个事件' })).toBeVisible();

  await page.getByLabel('文章文字').selectOption('both');
  const first = app.paragraph('p001');
  await expect(first.locator('p[lang="zh-Hans"]')).toContainText('中亚大地');
  await expect(first.locator('p[lang="en"]')).toContainText('Central Asia');

  await page.goto('/');
  await app.waitReady();
  await expect(page.getByRole('region', { name: '地图', exact: true })).toBeVisible();
  await expect(first.locator('p[lang="en"]')).toBeVisible();
});

test('keyboard only: arrows, Home and End walk the events; places are reachable with Tab', async ({
  app,
  page,
}) => {
  await app.open();
  await page.keyboard.press('ArrowRight');
  await expect(app.activeMark()).toHaveAccessibleName(
    /^Han envoys open the way to the Western Regions, 2nd century BCE$/,
  );
  await page.keyboard.press('End');
  const count = await app.timeline.getByRole('list').getByRole('button').count();
  await expect(page.getByText(`Event ${count} of ${count}`)).toBeAttached();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(`Event ${count - 1} of ${count}`)).toBeAttached();
  await page.keyboard.press('Home');
  await expect(page.getByText(`Event 1 of ${count}`)).toBeAttached();

  // Tab from the top of the page into the places of the map.
  let name = '';
  for (let i = 0; i < 40 && name !== 'Akorda Presidential Palace'; i++) {
    await page.keyboard.press('Tab');
    name = await page.evaluate(() => document.activeElement?.textContent ?? '');
  }
  const focused = app.map.getByRole('button', { name: 'Akorda Presidential Palace' });
  await expect(focused).toBeFocused();
  await expect(focused).toBeVisible();
  // The palace has several events: they are offered, and the keyboard goes on into the list.
  await page.keyboard.press('Enter');
  const first = page.getByRole('region', { name: 'Akorda Presidential Palace' }).getByRole('button').nth(1);
  await expect(first).toBeFocused();
  await expect(first).toContainText(/Golden Eagle/);
  await page.keyboard.press('Enter');
  await expect(app.activeMark()).toHaveAccessibleName(/Golden Eagle/);
  await expect(page.locator(':focus-visible')).toHaveCount(1);
});

test('search finds events, places and text in both languages; the category filter hides events', async ({
  app,
  page,
}) => {
  await app.open();
  const search = page.getByRole('searchbox', { name: 'Search events, places and text' });
  await search.fill('库雷克');
  await page.getByRole('button', { name: /Place Port of Kuryk/ }).click();
  await expect(app.activeMark()).toHaveAccessibleName(/Trans-Caspian Express/);
  await search.fill('golden eagle');
  await expect(page.getByRole('button', { name: /^Event First post-COVID trip/ })).toBeVisible();
  await search.fill('zzzz');
  await expect(page.getByText('No matches')).toBeVisible();
  await search.fill('');

  // A category chip shows only its category; a second adds to it; none pressed shows all.
  const history = page.getByRole('button', { name: 'History', exact: true });
  const culture = page.getByRole('button', { name: 'Culture', exact: true });
  const all = await app.timeline.getByRole('list').getByRole('button').count();
  await culture.click();
  await expect(culture).toHaveAttribute('aria-pressed', 'true');
  await expect(app.timelineEvent(/^Han envoys/)).toHaveCount(0);
  await expect(app.timelineEvent(/Luban Workshop/).first()).toBeAttached();
  await history.click();
  await expect(app.timelineEvent(/^Han envoys/)).toHaveCount(1);
  await expect(app.timelineEvent(/Luban Workshop/).first()).toBeAttached();
  await expect(app.timelineEvent(/SCO summit in Astana/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(culture).toHaveAttribute('aria-pressed', 'false');
  await expect(app.timeline.getByRole('list').getByRole('button')).toHaveCount(all);
});

test('the timeline zooms with buttons, keys and ctrl+wheel and scrolls sideways', async ({ app, page }) => {
  await app.open();
  const scroller = app.timeline.locator('.timeline-scroll');
  const zoom = async () => Number(await scroller.getAttribute('data-zoom'));
  // It opens close enough to name the events, not squeezed to the whole span.
  const start = await zoom();
  expect(start).toBeGreaterThan(1);
  await app.timeline.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(zoom).toBeCloseTo(start * 1.5, 1);
  await app.timelineEvent(/^SCO summit in Astana/).focus();
  await page.keyboard.press('+');
  await expect.poll(zoom).toBeCloseTo(start * 2.25, 1);
  await scroller.hover();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(zoom).toBeGreaterThan(start * 2.25);
  const before = await scroller.evaluate((el) => el.scrollLeft);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).not.toBe(before);
  await app.timeline.getByRole('button', { name: 'Fit the whole timeline' }).click();
  await expect(scroller).toHaveAttribute('data-zoom', '1.00');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('map, timeline and article are tabs, and a chosen event leads to its passage', async ({
    app,
    page,
  }) => {
    await app.open();
    await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
    await expect(app.map).toBeVisible();
    await expect(app.timeline).toBeHidden();
    await expect(app.article).toBeHidden();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    // The phone's timeline lists every event by date with its whole title.
    const medal = app.timelineEvent(/^Friendship Medal awarded abroad/);
    await expect(medal).toContainText('Friendship Medal awarded abroad for the first time');
    await medal.click();
    await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
    await expect(
      page.getByRole('heading', { name: 'Friendship Medal awarded abroad for the first time' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Read the passage' }).click();
    await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
    await expect(app.article).toBeVisible();
    await expect(app.paragraph('p026')).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
  });
});

test('a story that fails validation shows its problems instead of a blank page', async ({ page }) => {
  await page.route('**/story*.json', async (route) => {
    const story = await (await route.fetch()).json();
    story.events[0].places = ['kuryk-port'];
    story.events[1].date = '2024-02-30';
    delete story.title;
    await route.fulfill({ json: story });
  });
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'This story could not be opened' })).toBeVisible();
  const problems = page.getByRole('listitem');
  await expect(problems).toHaveCount(3);
  await expect(page.getByText('unknown place "kuryk-port" (did you mean "kuryk"?)')).toBeVisible();
  await expect(page.getByText('"2024-02-30" is not a day on the calendar')).toBeVisible();
  await expect(page.getByText('is missing (expected object)')).toBeVisible();
  expect(errors).toEqual([]);
});

test('an event chip under a paragraph makes that event active', async ({ app }) => {
  await app.open();
  const chip = app
    .paragraph('p042')
    .getByRole('button', { name: 'China–Europe Trans-Caspian Express launched' });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(app.activeMark()).toHaveAccessibleName(
    /^China–Europe Trans-Caspian Express launched, 3 July 2024, noon$/,
  );
  await expect(app.paragraph('p042')).toHaveAttribute('data-active', 'true');
});

test.describe('a reader whose browser prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('gets the interface and the article in Chinese by default', async ({ app, page }) => {
    await app.open();
    await expect(page.getByRole('region', { name: '地图', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(app.paragraph('p001').locator('p[lang="zh-Hans"]')).toBeVisible();
    await expect(app.paragraph('p001').locator('p[lang="en"]')).toHaveCount(0);
  });
});

test('the error screen speaks the reader’s language', async ({ page }) => {
  await page.route('**/story*.json', async (route) => {
    const story = await (await route.fetch()).json();
    story.events[0].places = ['kuryk-port'];
    await route.fulfill({ json: story });
  });
  await page.goto('/#lang=zh');
  await expect(page.getByRole('heading', { name: '无法打开这个故事' })).toBeVisible();
  await expect(page.getByText('未知的地点 "kuryk-port"（是否指 "kuryk"？）')).toBeVisible();
});
