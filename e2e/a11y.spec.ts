import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, story, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(WCAG)
    // The map canvas is a WebGL picture; its labels are checked through the place list instead.
    .exclude('.maplibregl-canvas')
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the explorer meets WCAG 2.1 AA in English with an event active', async ({ app, page }) => {
  await app.open('/#event=trans-caspian-launch&lang=en');
  await expect(app.activeMark()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the explorer meets WCAG 2.1 AA in Chinese with parallel text', async ({ app, page }) => {
  await app.open('/#event=friendship-medal&lang=zh&text=both');
  await expect(app.activeMark()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the phone layout meets WCAG 2.1 AA', async ({ app, page }) => {
    await app.open('/#event=sco-summit&lang=en');
    expect(await violations(page)).toEqual([]);
  });
});

test('presentation mode meets WCAG 2.1 AA, in high contrast too', async ({ app, page }) => {
  await app.open('/?present&slide=12#lang=en&text=both');
  await expect(page.getByText('Slide 12 of 51', { exact: true })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'High contrast' }).click();
  expect(await violations(page)).toEqual([]);
});

test('the error screen meets WCAG 2.1 AA in both languages', async ({ page }) => {
  await page.goto('/?story=stories/missing.json#lang=en');
  await expect(page.getByRole('heading', { name: 'This story could not be opened' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goto('/?story=stories/missing.json#lang=zh');
  await page.reload();
  await expect(page.getByRole('heading', { name: '无法打开这个故事' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Presses Tab (or Shift+Tab) as a keyboard user does until the target has focus. */
async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let i = 0; i < 200; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('keyboard only: skip link, search, timeline, map places, article, language and presentation', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  await app.open('/#event=sco-summit&lang=en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to the article' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(app.article).toBeFocused();
  await expect(app.activeMark()).toHaveAccessibleName(/^SCO summit in Astana/);

  // Article: the first control in the text is an event chip, and Enter follows it.
  await page.keyboard.press('Tab');
  const chip = page.locator(':focus');
  await expect(app.article.locator(':focus')).toHaveCount(1);
  const chipName = (await chip.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(app.activeMark()).toHaveAccessibleName(new RegExp(`^${literally(chipName)}`));

  // Search: back up to the box, type, step into the results and choose one.
  const search = page.getByRole('searchbox', { name: 'Search events, places and text' });
  await tabTo(page, search, true);
  await page.keyboard.type('Kuryk');
  await tabTo(page, page.getByRole('button', { name: /Place Port of Kuryk/ }));
  await page.keyboard.press('Enter');
  await expect(app.activeMark()).toHaveAccessibleName(/Trans-Caspian Express/);

  // Map places are buttons in the map region.
  const akorda = app.map.getByRole('button', { name: 'Akorda Presidential Palace' });
  await tabTo(page, akorda);
  await expect(akorda).toBeVisible();
  await page.keyboard.press('Enter');
  const atAkorda = story.events.filter((e) => e.places.includes('akorda')).map((e) => e.title.en);
  await expect(app.activeMark()).toHaveAccessibleName(new RegExp(`^(${atAkorda.map(literally).join('|')}),`));

  // Timeline: its events are buttons; arrows walk them and Enter chooses.
  const summit = app.timelineEvent(/^SCO summit in Astana/);
  await tabTo(page, summit);
  await page.keyboard.press('Enter');
  await expect(summit).toHaveAttribute('aria-current', 'true');
  await expect(app.paragraph('p004')).toHaveAttribute('data-active', 'true');

  // Language: the switch is reached and pressed like any button.
  await tabTo(page, page.getByRole('button', { name: '中文' }), true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: '地图', exact: true })).toBeVisible();

  // Presentation: in, a slide on with the clicker key, and out again to where we were.
  const present = page.getByRole('button', { name: '演示', exact: true });
  await tabTo(page, present);
  await page.keyboard.press('Enter');
  const slides = page.getByRole('region', { name: '演示', exact: true });
  await expect(slides.getByRole('heading', { level: 2 })).toBeVisible();
  // A long slide goes on in parts (12a, 12b): the clicker moves on by the slide's number.
  const number = page.locator('.slide-number');
  const first = await number.textContent();
  await page.keyboard.press('PageDown');
  await expect(number).not.toHaveText(first ?? '');
  await page.keyboard.press('Escape');
  await expect(slides).toHaveCount(0);
  await expect(present).toBeFocused();
});
