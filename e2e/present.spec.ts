import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test as base, expect, story } from './fixtures';

/** The deck as the story defines it: every event, in time order. */
const deck = story.events;
const total = deck.length;

function slideEvent(n: number) {
  const event = deck[n - 1];
  if (!event) throw new Error(`no slide ${n} in a deck of ${total}`);
  return event;
}

/** Presentation mode as the presenter and the audience see it. */
class Presentation {
  readonly region: Locator;
  readonly caption: Locator;
  readonly title: Locator;
  readonly passage: Locator;
  readonly controls: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /^(Presentation|演示)$/ });
    this.caption = this.region.getByRole('article');
    this.title = this.caption.getByRole('heading', { level: 2 });
    this.passage = this.caption.getByRole('region', { name: /^(Passage|原文段落)$/ });
    this.controls = this.region.getByRole('group', { name: /^(Presentation controls|演示控制)$/ });
  }

  /** Slide n is on screen, in the URL, and its event is the active one (which the map follows). */
  async expectSlide(n: number) {
    const event = slideEvent(n);
    // A long slide continues on parts (12a, 12b): its first part is on screen.
    const label = this.region.getByText(new RegExp(`^Slide ${n}a? of ${total}$`));
    const url = new RegExp(`\\?present&slide=${n}#event=${event.id}&`);
    // All three at one look, often: an auto-played slide may be gone within a second.
    await expect
      .poll(
        async () =>
          (await label.isVisible()) &&
          (await this.title.textContent()) === event.title.en &&
          url.test(this.page.url()),
        { intervals: [100], message: `slide ${n} (${event.id}) on screen and in the URL` },
      )
      .toBe(true);
  }

  async press(key: string, slide: number) {
    await this.page.keyboard.press(key);
    await this.expectSlide(slide);
  }

  /** Elements of the presentation outside the viewport; the passage scrolls, so its text may. */
  overflow(): Promise<string[]> {
    return this.region.evaluate((region) => {
      const out: string[] = [];
      const { innerWidth: w, innerHeight: h } = window;
      const doc = document.documentElement;
      if (doc.scrollWidth > w || doc.scrollHeight > h)
        out.push(`page ${doc.scrollWidth}×${doc.scrollHeight}`);
      for (const el of region.querySelectorAll<HTMLElement>('*')) {
        if (el.parentElement?.closest('[data-slide-passage]')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > h + 0.5) {
          out.push(`${el.tagName}.${el.className} at ${Math.round(r.right)},${Math.round(r.bottom)}`);
        }
      }
      // Content cut off inside the caption: too tall for it, or a word too wide for a line.
      const caption = region.querySelector('article');
      if (caption && caption.scrollHeight > caption.clientHeight + 1)
        out.push(`caption ${caption.scrollHeight}px tall`);
      for (const el of region.querySelectorAll<HTMLElement>('article *')) {
        if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
          out.push(`${el.tagName}.${el.className} content ${el.scrollWidth}px wide`);
        }
      }
      // The controls sit on the map, never over the caption.
      const left = caption?.getBoundingClientRect().left ?? w;
      for (const el of region.querySelectorAll('fieldset > *')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > left + 0.5) out.push(`${el.tagName} under the caption`);
      }
      return out;
    });
  }
}

async function wcagViolations(page: Page, ...exclude: string[]): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) axe = axe.exclude(selector);
  const { violations } = await axe.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const test = base.extend<{ present: Presentation }>({
  present: async ({ page }, use) => {
    await use(new Presentation(page));
  },
});

test.describe('presentation mode', () => {
  test('P starts it, every clicker key turns the slides in time order and the map follows', async ({
    app,
    page,
    present,
  }) => {
    await app.open('/#lang=en');
    await expect(present.region).toHaveCount(0);
    await page.keyboard.press('p');
    await present.expectSlide(1);
    // The explorer's chrome steps aside: no header, no timeline, no article.
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(app.timeline).toBeHidden();
    await expect(app.article).toBeHidden();

    // Each slide moves the map to its own places: Xi'an and Central Asia, then Central Asia alone.
    const camera = () => app.camera().then((c) => `${c.lon.toFixed(1)},${c.zoom.toFixed(1)}`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true');
    let first = '';
    await expect
      .poll(
        async () => {
          const now = await camera();
          const settled = now === first;
          first = now;
          return settled;
        },
        { timeout: 30_000, intervals: [1000] },
      )
      .toBe(true);
    await present.press('ArrowRight', 2);
    await expect.poll(camera, { timeout: 30_000 }).not.toBe(first);
    await present.press('PageDown', 3);
    await present.press('Space', 4);
    await present.press('ArrowLeft', 3);
    await present.press('PageUp', 2);
    await present.press('Shift+Space', 1);
    await present.press('End', total);
    await present.press('ArrowRight', total);
    await present.press('Home', 1);
    await present.press('PageUp', 1);
  });

  test('the header button starts it, and the on-screen controls turn slides too', async ({
    app,
    page,
    present,
  }) => {
    await app.open('/#lang=en');
    await page.getByRole('banner').getByRole('button', { name: 'Present' }).click();
    await present.expectSlide(1);
    await expect(present.controls.getByRole('button', { name: 'Previous slide' })).toBeDisabled();
    await present.controls.getByRole('button', { name: 'Next slide' }).click();
    await present.expectSlide(2);
    // The mouse left the focus alone, so Space turns the slide instead of pressing the button again.
    await present.press('Space', 3);
    await present.controls.getByRole('button', { name: 'Previous slide' }).click();
    await present.expectSlide(2);
  });

  test('a typed number and Enter jump to that slide; Esc leaves and keeps the event', async ({
    app,
    page,
    present,
  }) => {
    await app.open('/#lang=en');
    await page.keyboard.press('p');
    await present.expectSlide(1);
    await page.keyboard.type('12');
    await expect(present.region.getByRole('status')).toHaveText('Go to slide 12: press Enter');
    await present.press('Enter', 12);
    await expect(present.region.getByRole('status')).toHaveCount(0);
    // Out of range lands on the last slide; Esc first drops a half-typed number.
    await page.keyboard.type('999');
    await present.press('Enter', total);
    await page.keyboard.type('3');
    await page.keyboard.press('Escape');
    await expect(present.region.getByRole('status')).toHaveCount(0);
    await present.expectSlide(total);

    await page.keyboard.press('Escape');
    await expect(present.region).toHaveCount(0);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(app.timeline).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/#event=${slideEvent(total).id}&lang=en`));
    expect(new URL(page.url()).search).toBe('');
  });

  test('clicks on the map keep the slide: a place with a slide moves to it, empty map does nothing', async ({
    app,
    page,
    present,
  }) => {
    await app.open('/#lang=en');
    await page.keyboard.press('p');
    await present.press('End', total);
    await page.getByTestId('map').click({ position: { x: 30, y: 30 } });
    await present.expectSlide(total);

    // The map's place buttons are what a click on a marker does (selectPlace), reachable without pixels.
    const place = app.map.getByRole('button', { name: 'Dushanbe', exact: true });
    await place.focus();
    await page.keyboard.press('Enter');
    const first = deck.findIndex((e) => e.places.includes('dushanbe')) + 1;
    await present.expectSlide(first);
    // With the focus still on the place, clicker keys turn the slides instead of panning.
    await present.press('ArrowRight', first + 1);
  });

  test('the slide is in the URL: a reload or a link lands on it, the hash still works', async ({
    app,
    page,
    present,
  }) => {
    await app.open('/#lang=en');
    await page.keyboard.press('p');
    await present.press('5', 1);
    await present.press('Enter', 5);
    await page.reload();
    await app.waitReady();
    await present.expectSlide(5);
    await present.press('ArrowRight', 6);

    // A shared link: the slide wins over an older event in the hash, and the hash follows it.
    await page.goto(`/?present&slide=7#event=${slideEvent(2).id}&lang=en`);
    await app.waitReady();
    await present.expectSlide(7);
    // Slides replace the history entry: Back leaves the talk rather than walking its slides.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(3);
  });

  test('it still works when full screen is refused', async ({ app, page, present }) => {
    await page.addInitScript(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
    });
    await app.open('/#lang=en');
    await page.keyboard.press('p');
    await present.expectSlide(1);
    await present.press('ArrowRight', 2);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  });

  test('auto-play advances on its own and pauses when the presenter touches anything', async ({
    app,
    page,
    present,
  }) => {
    // Under the controlled clock MapLibre draws every fake frame in software: slow on two cores.
    test.setTimeout(180_000);
    // No flights: under a controlled clock every fake frame of a flight would be drawn in software.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open('/#lang=en');
    await page.keyboard.press('p');
    await present.expectSlide(1);
    const autoplay = present.controls.getByRole('group', { name: 'Auto-play' });
    await autoplay.getByRole('spinbutton', { name: 'Seconds per slide' }).fill('1');
    await autoplay.getByRole('button', { name: 'Play' }).click();
    // Real time first: one-second slides, waited for by polling.
    await present.expectSlide(2);
    await present.expectSlide(3);
    await page.keyboard.press('Shift');
    await expect(autoplay.getByRole('button', { name: 'Play' })).toBeVisible();

    // Then a controlled clock proves the pauses hold: no slide turns however long we wait. With
    // animation frames stopped too, pointer actions skip the wait for a "stable" element (force).
    await page.clock.install();
    // Well ahead: on a loaded machine a second can pass before the pause, and a pause in the past throws.
    await page.clock.pauseAt(Date.now() + 60_000);
    const play = autoplay.getByRole('button', { name: 'Play' });
    const slideNow = async () => Number(new URL(page.url()).searchParams.get('slide'));
    const start = await slideNow();
    await autoplay.getByRole('spinbutton', { name: 'Seconds per slide' }).fill('2');
    await play.click({ force: true });
    await page.clock.runFor(2_100);
    await present.expectSlide(start + 1);

    for (const touch of [
      () => page.keyboard.press('Shift'),
      () => present.passage.click({ force: true }),
      async () => {
        // Over the passage: a wheel over the map would zoom it, drawing every fake frame.
        await present.passage.hover({ force: true });
        await page.mouse.wheel(0, 100);
      },
    ]) {
      const at = await slideNow();
      await touch();
      await expect(play).toBeVisible();
      // Two intervals and more: the map draws each fake frame it still wants, so not much more.
      await page.clock.runFor(4_500);
      await present.expectSlide(at);
      await play.click({ force: true });
      await expect(autoplay.getByRole('button', { name: 'Pause' })).toBeVisible();
      await page.clock.runFor(2_100);
      await present.expectSlide(at + 1);
    }
  });

  test('at 1920×1080 the passage is at least 28 px and the title larger; high contrast is pure black on white', async ({
    app,
    page,
    present,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.open('/#lang=en&text=en');
    await page.keyboard.press('p');
    const longest = deck.reduce((a, b) => (b.paragraphs.length > a.paragraphs.length ? b : a));
    await page.keyboard.type(String(longest.index + 1));
    await present.press('Enter', longest.index + 1);
    const size = (l: Locator) => l.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    const passage = await size(present.passage.locator('p').first());
    const title = await size(present.title);
    // Set to fit, a long passage is never under 80 % of its full 28.8 px (e2e/slide-fit.spec.ts steps through all).
    expect(passage).toBeGreaterThanOrEqual(23);
    expect(title).toBeGreaterThan(passage);
    test.info().annotations.push({
      type: 'font sizes at 1920×1080',
      description: `passage ${passage}px, title ${title}px`,
    });
    expect(await present.overflow()).toEqual([]);

    await present.controls.getByRole('button', { name: 'High contrast' }).click();
    await expect(page.locator('html')).toHaveClass(/high-contrast/);
    await expect(present.controls.getByRole('button', { name: 'High contrast' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const style = await present.caption.evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, background: s.backgroundColor, border: Number.parseFloat(s.borderTopWidth) };
    });
    expect(style).toMatchObject({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    expect(style.border).toBeGreaterThanOrEqual(4);
  });
});

test.describe('presenter view', () => {
  test('a second window shows this slide, its notes and the next, and both stay in step', async ({
    app,
    page,
    present,
  }) => {
    await app.open('/#lang=en');
    await page.keyboard.press('p');
    await present.press('PageDown', 2);
    await present.press('PageDown', 3);

    const [presenter] = await Promise.all([
      page.waitForEvent('popup'),
      present.controls.getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    const errors: Error[] = [];
    presenter.on('pageerror', (e) => errors.push(e));
    await expect(presenter).toHaveURL(/\?presenter&slide=3/);
    // No map in the presenter's window: it is only text.
    await expect(presenter.getByRole('heading', { name: 'Presenter view' })).toBeVisible();
    await expect(presenter.locator('canvas')).toHaveCount(0);

    const expectPresenter = async (n: number) => {
      const now = presenter.getByRole('region', { name: 'Now' });
      const next = presenter.getByRole('region', { name: 'Next' });
      await expect(presenter.getByText(`Slide ${n} of ${total}`)).toBeVisible();
      await expect(now.getByRole('heading', { level: 3 }).first()).toHaveText(slideEvent(n).title.en);
      await expect(now.getByRole('region', { name: 'Notes' })).toContainText(
        slideEvent(n).notes?.en ?? 'No notes for this slide.',
      );
      if (n < total)
        await expect(next.getByRole('heading', { level: 3 })).toHaveText(slideEvent(n + 1).title.en);
      else await expect(next).toContainText('End of the presentation');
    };
    await expectPresenter(3);
    await expect(presenter.getByRole('timer', { name: 'Elapsed time' })).toHaveText(/^\d+:\d\d$/);

    // Presenter → audience, by button and by clicker key.
    await presenter.getByRole('button', { name: 'Next slide' }).click();
    await present.expectSlide(4);
    await expectPresenter(4);
    await presenter.keyboard.press('PageDown');
    await present.expectSlide(5);
    await presenter.keyboard.press('ArrowLeft');
    await present.expectSlide(4);
    await expect(presenter).toHaveURL(/\?presenter&slide=4/);

    // Audience → presenter.
    await present.press('End', total);
    await expectPresenter(total);
    await present.press('Home', 1);
    await expectPresenter(1);
    expect(errors).toEqual([]);
  });

  test('opened on its own with ?presenter it asks the audience window where the talk is', async ({
    app,
    context,
    present,
  }) => {
    await app.open('/?present&slide=9#lang=en');
    await present.expectSlide(9);
    const presenter = await context.newPage();
    await presenter.goto('/?presenter#lang=en');
    await expect(presenter.getByText(`Slide 9 of ${total}`)).toBeVisible();
    await presenter.getByRole('button', { name: 'Previous slide' }).click();
    await present.expectSlide(8);
  });
});

test.describe('handout', () => {
  test('?handout is ready at once: a compact handout, every event with a map drawn as SVG, at most 20 A4 pages', async ({
    app,
    page,
  }) => {
    test.setTimeout(240_000);
    await page.goto('/?handout#lang=en&text=both');
    await page.waitForFunction(() => performance.getEntriesByName('handout:ready').length > 0, null, {
      timeout: 200_000,
    });
    const handout = page.getByRole('region', { name: 'Handout' });
    const events = handout.getByRole('article');
    await expect(events).toHaveCount(total);
    await expect(handout.getByRole('heading', { level: 2 })).toHaveText(deck.map((e) => e.title.en));
    // Every event with places has its map, drawn here as SVG with its places named (no cluster counts).
    const withPlaces = deck.filter((e) => e.places.length > 0);
    const maps = handout.locator('svg[role="img"]');
    await expect(maps).toHaveCount(withPlaces.length);
    const first = withPlaces[0];
    const firstPlace = first && story.placesById.get(first.places[0] ?? '')?.name.en;
    await expect(maps.first()).toHaveAttribute('aria-label', /^Map: /);
    if (firstPlace) await expect(maps.first().locator('text', { hasText: firstPlace })).toHaveCount(1);
    await expect(handout).toContainText('Source: Xinhua News Agency');
    await expect(events.first()).toContainText(slideEvent(1).title.en);
    await expect(events.first().locator('[lang="zh-Hans"]')).not.toBeEmpty();
    expect(await wcagViolations(page, '.app')).toEqual([]);

    // Printed: the app is gone, the events share pages; names on the maps are at least 8 pt.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(app.map).toBeHidden();
    await expect(handout.getByRole('button', { name: 'Print' })).toBeHidden();
    const labelPt = await maps.first().evaluate((svg) => {
      const text = svg.querySelector('text');
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return text ? (Number.parseFloat(getComputedStyle(text).fontSize) * scale * 72) / 96 : 0;
    });
    expect(labelPt).toBeGreaterThanOrEqual(8);

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      test
        .info()
        .annotations.push({ type: `${format} PDF`, description: `${pdf.byteLength} bytes, ${pages} pages` });
      expect(pages).toBeGreaterThan(3);
      expect(pages).toBeLessThanOrEqual(20);
    }
  });

  test('?handout&layout=pages keeps one event a page; a lesson link prints only its events', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.goto('/?handout&layout=pages#lang=en&text=en');
    await page.waitForFunction(() => performance.getEntriesByName('handout:ready').length > 0, null, {
      timeout: 200_000,
    });
    const handout = page.getByRole('region', { name: 'Handout' });
    await page.emulateMedia({ media: 'print' });
    const breaks = await handout
      .getByRole('article')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(total);

    const lesson = [deck[40], deck[3], deck[10]].flatMap((e) => (e ? [e] : []));
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/?handout&events=${lesson.map((e) => e.id).join(',')}#lang=en&text=en`);
    await expect(handout.getByRole('heading', { level: 2 })).toHaveText(lesson.map((e) => e.title.en));
  });

  test('"Print handout" in presentation mode prints the visible events, then the map is back on the slide', async ({
    app,
    page,
    present,
  }) => {
    await page.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset.printed = String(
          Number(document.documentElement.dataset.printed ?? 0) + 1,
        );
      };
    });
    // No flights: the camera settles at once, so it can be compared before and after.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open('/#lang=en');
    // Only the connectivity events (a pressed chip shows only its category): a short deck and handout.
    const filter = page.getByRole('group', { name: 'Categories' });
    await filter.getByRole('button', { name: 'Connectivity' }).click();
    const shown = deck.filter((e) => e.category === 'connectivity');
    await page.keyboard.press('p');
    await expect(present.region.getByText(`Slide 1 of ${shown.length}`)).toBeVisible();
    await page.keyboard.press('End');
    await expect(present.title).toHaveText(shown.at(-1)?.title.en ?? '');
    // The camera frames the slide once its card is laid out: read it when it has come to rest.
    await expect(page.getByTestId('map')).toHaveAttribute('data-shows', `event:${shown.at(-1)?.id}`);
    const camera = await app.settledCamera();

    await present.controls.getByRole('button', { name: 'Print handout' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', '1', { timeout: 60_000 });
    const handout = page.getByRole('region', { name: 'Handout', includeHidden: true });
    await expect(handout.getByRole('heading', { level: 2, includeHidden: true })).toHaveText(
      shown.map((e) => e.title.en),
    );
    // On screen the handout stays out of sight; it exists for the printer.
    await expect(handout).toBeHidden();
    expect(await app.camera()).toEqual(camera);
    await expect(present.title).toHaveText(shown.at(-1)?.title.en ?? '');

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(handout).toHaveCount(0);
  });
});

test('presentation mode and the presenter view meet WCAG 2.1 AA', async ({ app, page, context }) => {
  await app.open('/?present&slide=3#lang=en&text=both');
  // The map canvas is a WebGL picture; its places are checked as the explorer's place list.
  expect(await wcagViolations(page, '.maplibregl-canvas')).toEqual([]);
  await page.keyboard.type('4');
  expect(await wcagViolations(page, '.maplibregl-canvas')).toEqual([]);

  // Opened in Chinese, the presenter view takes the language of the room's screen.
  const presenter = await context.newPage();
  await presenter.goto('/?presenter#lang=zh');
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Presenter view');
  await expect(presenter.locator('html')).toHaveAttribute('lang', 'en');
  expect(await wcagViolations(presenter)).toEqual([]);
});
