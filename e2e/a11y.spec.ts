import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: import('@playwright/test').Page) {
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
