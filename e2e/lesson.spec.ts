import AxeBuilder from '@axe-core/playwright';
import { expect, story, test } from './fixtures';

const events = story.events;

test('a teacher chooses a lesson in the dialog; the link holds it, in order, through a reload', async ({
  app,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open('/#lang=en');
  await page.getByRole('button', { name: 'Choose events…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose events…' });
  await expect(dialog).toBeVisible();
  // P typed in the dialog is not "present".
  await page.keyboard.press('p');
  await expect(page.getByRole('region', { name: 'Presentation' })).toHaveCount(0);
  // The five days of the state visit only, then three of them picked by hand.
  await dialog.getByRole('textbox', { name: 'From' }).fill('2024-07-02');
  await dialog.getByRole('textbox', { name: 'to', exact: true }).fill('2024-07-06');
  const visit = events.filter((e) => e.date >= '2024-07-02' && e.date < '2024-07-07');
  await expect(dialog.getByRole('listitem')).toHaveCount(visit.length);
  await dialog.getByRole('button', { name: 'Clear all listed' }).click();
  const chosen = [visit[0], visit[3], visit[6]].flatMap((e) => (e ? [e] : []));
  for (const e of chosen)
    await dialog.getByRole('checkbox', { name: new RegExp(e.title.en.replace(/[()?.]/g, '.')) }).check();
  await dialog.getByRole('button', { name: `Present ${chosen.length} events` }).click();
  await expect(dialog).toBeHidden();

  const number = page.locator('.slide-number');
  await expect(number).toHaveText(new RegExp(`^Slide 1a? of ${chosen.length}$`));
  await expect(page).toHaveURL(new RegExp(`\\?present&slide=1&events=${chosen.map((e) => e.id).join(',')}#`));
  await page.reload();
  await app.waitReady();
  await expect(number).toHaveText(new RegExp(`^Slide 1a? of ${chosen.length}$`));
  const titles: string[] = [];
  for (let i = 0; i < 12 && titles.length < chosen.length; i++) {
    const title = (await page.locator('#slide-title').textContent()) ?? '';
    if (titles.at(-1) !== title) titles.push(title);
    await page.keyboard.press('ArrowRight');
  }
  expect(titles).toEqual(chosen.map((e) => e.title.en));
});

test('a shared link presents its events in its own order and names the ids it does not know', async ({
  app,
  page,
}) => {
  const [a, b] = [events[30], events[2]];
  if (!a || !b) throw new Error('the story is too short');
  await app.open(`/?present&events=${a.id},no-such-event,${b.id}#lang=zh`);
  await expect(page.getByRole('alert')).toHaveText('本故事中没有这些事件，已跳过：no-such-event');
  await expect(page.locator('.slide-number')).toHaveText(/^第 1a? 页，共 2 页$/);
  await expect(page.locator('#slide-title')).toHaveText(a.title.zh);
  await page.keyboard.press('End');
  await expect(page.locator('#slide-title')).toHaveText(b.title.zh);
});

test('the presenter window shows maps of this slide and the next, and says when the talk has ended', async ({
  app,
  page,
  context,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open('/?present&slide=3#lang=en');
  const presenter = await context.newPage();
  await presenter.goto('/?presenter&slide=3#lang=en');
  const maps = presenter.getByRole('img', { name: /^Map: / });
  await expect(maps).toHaveCount(2);
  await expect(presenter.getByText('Slide 3 of', { exact: false })).toBeVisible();
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expect(presenter.getByRole('status').filter({ hasText: 'The presentation has ended' })).toBeVisible();
  // Presenting again brings the presenter back.
  await page.keyboard.press('p');
  await expect(presenter.getByText('The presentation has ended')).toHaveCount(0);
  await expect(maps.first()).toBeVisible();
  // The audience window closing ends it too.
  await page.close();
  await expect(presenter.getByText('The presentation has ended')).toBeVisible();
  // No slide to count, show or step to once it has ended.
  await expect(presenter.getByText(/^Slide \d+ of/)).toHaveCount(0);
  await expect(maps).toHaveCount(0);
  await expect(presenter.getByRole('button', { name: 'Next slide' })).toBeDisabled();
});

for (const lang of ['en', 'zh'] as const) {
  test(`the lesson dialog meets WCAG 2.1 AA and Esc closes it (${lang})`, async ({ app, page }) => {
    await app.open(`/#lang=${lang}`);
    const name = lang === 'en' ? 'Choose events…' : '选择事件…';
    await page.getByRole('button', { name }).click();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .include('.lesson-dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name })).toBeFocused();
  });
}
