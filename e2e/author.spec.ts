import { dropFile } from './drop';
import { expect, storyFile as story, test } from './fixtures';

test('an author drops a broken story: the problems are listed and the story on screen stays', async ({
  app,
  page,
}) => {
  await app.open('/#event=sco-summit&lang=en');
  const broken = structuredClone(story);
  broken.events[3].places = ['kuryk-port'];
  await dropFile(page, 'draft.json', JSON.stringify(broken));
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('draft.json was not opened: 1 problem(s)');
  await expect(dialog).toContainText('unknown place "kuryk-port" (did you mean "kuryk"?)');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(app.activeMark()).toHaveAccessibleName(/^SCO summit in Astana/);
});

test('an author drops a valid story: it opens in place of the current one', async ({ app, page }) => {
  await app.open('/#lang=en');
  const draft = structuredClone(story);
  draft.title.en = 'A draft of my own story';
  draft.events = draft.events.slice(0, 5);
  await dropFile(page, 'mine.json', JSON.stringify(draft));
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText('A draft of my own story');
  await expect(app.timeline.getByRole('list').getByRole('button')).toHaveCount(5);
  await app.waitReady();

  // Nothing the author had is lost: one click brings the story back.
  await page.getByRole('status').getByRole('button', { name: 'Back to the story you had' }).click();
  await expect(app.article.getByRole('heading', { level: 1 })).toHaveText(story.title.en);
  await expect(app.timeline.getByRole('list').getByRole('button')).toHaveCount(story.events.length);
});
