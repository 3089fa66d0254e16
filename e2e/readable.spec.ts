import type { Page } from '@playwright/test';
import { expect, type StoryMap, story, test, watchLayoutShift } from './fixtures';

/** The open part of the map: its box, and the boxes of whatever covers it (card, legend, controls). */
async function mapAndOverlays(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const map = document.querySelector('[data-testid="map"]');
    const overlays = [...document.querySelectorAll('[data-map-overlay]')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map(box);
    return { map: map ? box(map) : null, overlays };
  });
}

/** Shows an event as a deep link does, and waits until the map shows it. */
async function showByLink(page: Page, id: string) {
  await page.evaluate((id) => {
    window.location.hash = `#event=${id}`;
  }, id);
  await expect(page.getByTestId('map')).toHaveAttribute('data-shows', `event:${id}`);
}

/** Shows each event in turn (as a deep link would, without flights) and checks where its places land. */
async function placesOutsideOverlays(app: StoryMap, page: Page) {
  const misplaced: string[] = [];
  for (const event of story.events) {
    await showByLink(page, event.id);
    const { map, overlays } = await mapAndOverlays(page);
    if (!map) throw new Error('no map');
    for (const id of event.places) {
      const place = story.placesById.get(id);
      if (!place) continue;
      const p = await app.screenPoint(...place.coordinates);
      const inMap = p.x > map.x0 && p.x < map.x1 && p.y > map.y0 && p.y < map.y1;
      const covered = overlays.some((o) => p.x >= o.x0 && p.x <= o.x1 && p.y >= o.y0 && p.y <= o.y1);
      if (!inMap || covered) misplaced.push(`${event.id}: ${id} at ${Math.round(p.x)},${Math.round(p.y)}`);
    }
  }
  return misplaced;
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({
      viewport,
      ...(viewport.width < 700 ? { isMobile: true, hasTouch: true } : {}),
    });

    test('every event frames its places in the open part of the map, never under the card', async ({
      app,
      page,
    }) => {
      test.setTimeout(240_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await app.open('/#lang=en');
      expect(await placesOutsideOverlays(app, page)).toEqual([]);
    });
  });
}

test('the event card stops above the route legend, however long its text', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open('/#lang=en');
  const legend = await page.getByRole('figure', { name: 'Routes' }).boundingBox();
  if (!legend) throw new Error('no route legend');
  const covering: string[] = [];
  for (const event of story.events) {
    await showByLink(page, event.id);
    const card = page.getByRole('article', { name: event.title.en });
    await expect(card).toBeVisible();
    const box = await card.boundingBox();
    if (box && box.y + box.height > legend.y && box.x < legend.x + legend.width) covering.push(event.id);
  }
  expect(covering).toEqual([]);
});

test.describe('the first view names the story', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the capitals of the visit and every Central Asian state are named, once', async ({ app }) => {
    await app.open('/#lang=en');
    const names = await app.mapNames();
    for (const name of ['Astana', 'Dushanbe', 'Beijing']) expect(names).toContain(name);
    for (const name of ['Kazakhstan', 'Uzbekistan', 'Turkmenistan', 'Kyrgyzstan', 'Tajikistan'])
      expect(
        names.filter((n) => n === name),
        name,
      ).toHaveLength(1);
  });

  test('in Chinese too, with MapLibre’s own controls in Chinese', async ({ app, page }) => {
    await app.open('/#lang=zh');
    const names = await app.mapNames();
    for (const name of ['阿斯塔纳', '杜尚别', '哈萨克斯坦', '乌兹别克斯坦', '吉尔吉斯斯坦'])
      expect(names).toContain(name);
    await expect(app.map.getByRole('button', { name: '放大' })).toBeVisible();
    await expect(app.map.getByRole('button', { name: '缩小' })).toBeVisible();
    await expect(app.map.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
    await expect(app.map).toContainText('底图：Natural Earth');
    await page.getByRole('button', { name: 'EN' }).click();
    await expect(app.map.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  });
});

test("an event's places are named once: their everyday names keep clear of the event's own", async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open('/#lang=en');
  // Two capitals, a country, two cities: each with room beside it for its everyday name as well.
  for (const id of ['global-initiatives', 'second-cca-summit-2025', 'cku-railway-progress']) {
    const event = story.eventsById.get(id);
    if (!event) throw new Error(`the story has no event ${id}`);
    await showByLink(page, id);
    const names = await app.mapNames();
    for (const placeId of event.places) {
      const name = story.placesById.get(placeId)?.name.en;
      expect(
        names.filter((n) => n === name),
        `${id}: ${name}`,
      ).toHaveLength(1);
    }
  }
});

test('a region is drawn as its countries, and a lone place is shown with neighbours that name where it is', async ({
  app,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open('/#lang=en');
  const map = page.getByTestId('map');
  const centralAsia = story.events.find((e) => e.places.includes('central-asia'));
  if (!centralAsia) throw new Error('the story has no event in Central Asia');
  await page.evaluate((id) => {
    window.location.hash = `#event=${id}`;
  }, centralAsia.id);
  await expect(map).toHaveAttribute('data-tinted', /KAZ KGZ TJK TKM UZB/);

  const lone = story.events.filter((e) => e.places.length === 1 && !e.view);
  expect(lone.length).toBeGreaterThan(3);
  for (const event of lone) {
    await page.evaluate((id) => {
      window.location.hash = `#event=${id}`;
    }, event.id);
    await expect(map).toHaveAttribute('data-shows', `event:${event.id}`);
    const place = story.placesById.get(event.places[0] ?? '');
    const others = (await app.mapNames()).filter((n) => n !== place?.name.en);
    expect(others.length, `${event.id} shows ${others.join(', ')}`).toBeGreaterThanOrEqual(2);
    expect(Number(await map.getAttribute('data-zoom')), event.id).toBeLessThan(5.6);
  }

  // The whole story, not the whole world: every place in the open part of the map.
  await app.map.getByRole('button', { name: 'Show the whole story' }).click();
  await expect(map).toHaveAttribute('data-shows', 'overview');
  const { map: box, overlays } = await mapAndOverlays(page);
  for (const place of story.story.places) {
    const p = await app.screenPoint(...place.coordinates);
    expect(p.x > (box?.x0 ?? 0) && p.x < (box?.x1 ?? 0), place.id).toBe(true);
    expect(
      overlays.some((o) => p.x >= o.x0 && p.x <= o.x1 && p.y >= o.y0 && p.y <= o.y1),
      place.id,
    ).toBe(false);
  }
});

test("the country an event takes place in is tinted, and the last event's is put out", async ({
  app,
  page,
}) => {
  await app.open('/#lang=en');
  const map = page.getByTestId('map');
  // Flights, as a reader clicking on sees them: the tint is read where each one comes to rest.
  for (const [id, country] of [
    ['tj-first-state-visit-2014', 'TJK'],
    ['meet-putin', 'KAZ'],
    ['five-principles-1954', 'CHN'],
  ] as const) {
    await app.timelineEvent(story.eventsById.get(id)?.title.en ?? id).click();
    await expect(map).toHaveAttribute('data-tinted', country);
  }
});

/** Share of the timeline's events in view whose whole title is written beside them. */
async function namedShare(app: StoryMap) {
  return app.timeline.locator('.timeline-scroll').evaluate((scroller) => {
    const view = scroller.getBoundingClientRect();
    const marks = [...scroller.querySelectorAll('button.mark')].filter((b) => {
      const r = b.getBoundingClientRect();
      return r.left >= view.left && r.left <= view.right;
    });
    const whole = marks.filter((b) => {
      const label = b.querySelector('.mark-label');
      const title = (b.getAttribute('aria-label') ?? '').replace(/, [^,]*$/, '');
      const shown = [...(label?.children ?? [])].map((line) => line.textContent).join(' ');
      return !!label && shown.replace(/\s+/g, '') === title.replace(/\s+/g, '');
    });
    return { inView: marks.length, whole: whole.length };
  });
}

for (const lang of ['en', 'zh'] as const) {
  test(`the timeline names at least 80% of the events in view, whole (${lang})`, async ({ app }) => {
    await app.open(`/#lang=${lang}`);
    const first = await namedShare(app);
    expect(first.inView).toBeGreaterThan(8);
    expect(first.whole / first.inView).toBeGreaterThanOrEqual(0.8);
    // Zooming in gives the names more room.
    for (let i = 0; i < 3; i++) await app.timeline.getByRole('button', { name: /Zoom in|放大/ }).click();
    const closer = await namedShare(app);
    expect(closer.whole / closer.inView).toBeGreaterThanOrEqual(0.8);
    // The whole span at once has too little room: events without a name stay buttons that name themselves.
    await app.timeline.getByRole('button', { name: /Fit the whole timeline|显示完整时间轴/ }).click();
    const unnamed = app.timeline.locator('button.mark.unnamed').first();
    await unnamed.focus();
    await expect(unnamed.locator('.mark-tip')).toBeVisible();
    await expect(unnamed).toHaveAccessibleName(
      new RegExp(`^${await unnamed.locator('.mark-tip').textContent()}, `),
    );
  });
}

test('the page does not move while it loads (layout shift at most 0.02)', async ({ app, page }) => {
  const shift = await watchLayoutShift(page);
  await app.open('/');
  expect(await shift()).toBeLessThanOrEqual(0.02);
});

test('the first screen’s fonts come with the page: no other font file is fetched for it', async ({
  app,
  page,
}) => {
  await app.open('/#lang=en');
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true');
  const { preloaded, fetched } = await page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map(
      (l) => l.href,
    ),
    // Fonts the page's text asked for; those the offline copy fetches later are another matter.
    fetched: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.name.endsWith('.woff2') && e.initiatorType !== 'fetch')
      .map((e) => e.name),
  }));
  // A font that arrives after the first layout lays the whole page out again.
  expect(preloaded.length).toBeGreaterThan(0);
  expect(fetched.filter((url) => !preloaded.includes(url))).toEqual([]);
  expect(preloaded.filter((url) => !fetched.includes(url))).toEqual([]);
});

test('the timeline opens with its marks in place: none of them moves after the first paint', async ({
  app,
  page,
}) => {
  await page.addInitScript(() => {
    const moved: string[] = [];
    (window as unknown as { moved: string[] }).moved = moved;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { sources: { node?: Node }[] })[])
        for (const { node } of e.sources)
          if (node instanceof Element && node.closest('.timeline-panel')) moved.push(node.className);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await app.open('/#lang=en');
  await expect(app.timeline.getByRole('list', { name: 'Events' }).getByRole('button').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { moved: string[] }).moved)).toEqual([]);
});

test('search forgives a misspelling and reads the date notes', async ({ app, page }) => {
  await app.open('/#lang=en');
  const search = page.getByRole('searchbox', { name: 'Search events, places and text' });
  await search.fill('Kazakstan');
  await expect(page.getByRole('button', { name: /^Place Kazakhstan/ })).toBeVisible();
  await search.fill('Zhang Qian');
  await page.getByRole('button', { name: /^Event Han envoys/ }).click();
  await expect(app.activeMark()).toHaveAccessibleName(/^Han envoys/);
  // A place found shows its events to choose from.
  await search.fill('Beijing');
  await page.getByRole('button', { name: /^Place Beijing/ }).click();
  const choice = page.getByRole('region', { name: 'Beijing' });
  await expect(choice.getByRole('button', { name: /\d{4}/ })).toHaveCount(
    story.eventsByPlace.get('beijing')?.length ?? 0,
  );
});

test.describe('on phones', () => {
  test.use({ isMobile: true, hasTouch: true });

  for (const [width, height] of [
    [320, 640],
    [360, 740],
    [390, 844],
    [430, 932],
    [844, 390],
  ] as const) {
    test(`no sideways scrolling at ${width}×${height}, and every control is large enough to tap`, async ({
      app,
      page,
    }) => {
      await page.setViewportSize({ width, height });
      for (const lang of ['en', 'zh']) {
        await app.open(`/#lang=${lang}&event=trans-caspian-launch`);
        for (const tab of lang === 'en' ? ['Map', 'Timeline', 'Article'] : ['地图', '时间轴', '文章']) {
          await page.getByRole('tab', { name: tab }).click();
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        }
        await page.getByRole('tab', { name: lang === 'en' ? 'Map' : '地图' }).click();
        const small = await page.evaluate(() =>
          [...document.querySelectorAll('button, select, input, [role="tab"]')]
            .filter(
              (el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('.sr-only-until-focus'),
            )
            .map((el) => ({
              name: el.getAttribute('aria-label') ?? el.textContent,
              r: el.getBoundingClientRect(),
            }))
            .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
            .map(({ name, r }) => `${name} ${Math.round(r.width)}×${Math.round(r.height)}`),
        );
        expect(small).toEqual([]);
        // The main controls are a thumb's size.
        for (const name of lang === 'en' ? ['Map', 'Timeline', 'Article'] : ['地图', '时间轴', '文章']) {
          const box = await page.getByRole('tab', { name }).boundingBox();
          expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
        }
        const next = await page
          .getByRole('button', { name: lang === 'en' ? 'Next event' : '下一个事件' })
          .boundingBox();
        expect(Math.min(next?.width ?? 0, next?.height ?? 0)).toBeGreaterThanOrEqual(44);
      }
    });
  }
});
