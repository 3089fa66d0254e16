import { expect, test } from '@playwright/test';

// Chromium keeps only the last `--disable-features` switch: the config's own must repeat everything
// Playwright turns off, or tests would run with those features back on.
test('the test browser still turns off every feature Playwright does', async ({ page }) => {
  await page.goto('chrome://version');
  const switches = ((await page.locator('#command_line').textContent()) ?? '').split(/\s+/);
  const lists = switches
    .filter((s) => s.startsWith('--disable-features='))
    .map((s) => s.slice('--disable-features='.length).split(','));
  expect(lists.length).toBeGreaterThan(1);
  const last = lists.at(-1) ?? [];
  for (const feature of lists.flat()) expect(last).toContain(feature);
  expect(last).toContain('WebUIOmniboxPopup');
});
