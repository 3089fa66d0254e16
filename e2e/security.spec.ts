import { CONTENT_SECURITY_POLICY } from '../vite.config';
import { expect, storyFile as story, test } from './fixtures';

const PAYLOAD = '<img src="x" onerror="alert(1)"><script>alert(2)</script>';

/** Every bilingual text in the story (titles, names, paragraphs, notes…) with markup appended. */
function poisoned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(poisoned);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, v]) => [
    key,
    (key === 'zh' || key === 'en') && typeof v === 'string' ? `${v} ${PAYLOAD}` : poisoned(v),
  ]);
  return Object.fromEntries(entries);
}

test('the built page carries a policy that allows only its own site, and inline script is refused', async ({
  app,
  page,
}) => {
  await app.open('/#lang=en');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "yes"';
    document.head.append(script);
    return document.body.dataset.injected ?? 'no';
  });
  expect(ran).toBe('no');
  await expect.poll(() => app.blockedByPolicy.length).toBe(1);
  // The fixture then checks the app itself triggered no policy violation while it was used.
  app.blockedByPolicy.splice(0);
  await app.timelineEvent(/^SCO summit in Astana/).click();
  await expect(app.activeParagraphs().first()).toBeVisible();
});

test('markup in a story is shown as text and never runs', async ({ app, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/stories/poisoned.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(poisoned(story)) }),
  );
  await app.open('/?story=stories/poisoned.json#event=sco-summit&lang=en&text=both');
  await expect(app.article.getByRole('heading', { level: 1 })).toContainText(PAYLOAD);
  await expect(app.activeParagraphs().first()).toContainText(PAYLOAD);
  await page.keyboard.press('p');
  await expect(page.getByRole('region', { name: 'Presentation' })).toContainText(PAYLOAD);
  await page.keyboard.press('Escape');
  // Nothing in the story became an element: no image, no script beyond the app's own.
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
