import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { validateStory } from '../src/story/validate';
import { storyFile } from './fixtures';

/** The studio as an author uses it: its start screen, editor tabs, preview and problems. */
class Studio {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/studio.html');
    await this.page.waitForFunction(() => performance.getEntriesByName('studio:ready').length > 0);
  }

  tab(name: string) {
    return this.page.getByRole('tab', { name, exact: true }).click();
  }

  field(name: string) {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  get preview() {
    return this.page.getByRole('region', { name: 'Preview' });
  }

  async addPlace(name: string, lon: string, lat: string) {
    await this.tab('Places');
    await this.page.getByRole('button', { name: 'Add place' }).click();
    await this.field('Name (English)').fill(name);
    await this.field('Longitude').fill(lon);
    await this.field('Latitude').fill(lat);
  }

  async addEvent(title: string, date: string, place: string, paragraph: string) {
    await this.tab('Events');
    await this.page.getByRole('button', { name: 'Add event' }).click();
    await this.field('Title (English)').fill(title);
    await this.field('Date').fill(date);
    await this.field('Summary (English)').fill(`What happened: ${title}.`);
    await this.page.getByRole('checkbox', { name: place, exact: true }).check();
    await this.page.getByRole('checkbox', { name: paragraph }).check();
  }

  async download(): Promise<unknown> {
    const [file] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Download story (JSON)' }).click(),
    ]);
    return JSON.parse(readFileSync(await file.path(), 'utf8'));
  }
}

const test = base.extend<{ studio: Studio }>({
  studio: async ({ page }, use) => {
    const studio = new Studio(page);
    await studio.open();
    await use(studio);
  },
});

test('a story made from scratch is downloaded valid and opens in the explorer', async ({ studio, page }) => {
  await page
    .getByRole('textbox', { name: 'Paste article text' })
    .fill(
      'Part I: The visit\n\nThe president arrived in Astana on a summer morning.\n\nFrom Astana he flew south to Dushanbe.\n\nThe visit ended with a signing.',
    );
  await page.getByRole('button', { name: 'Make paragraphs' }).click();
  await expect(page.getByRole('textbox', { name: 'Paragraph 3 (English)' })).toHaveValue(
    'The visit ended with a signing.',
  );

  await studio.tab('Story');
  await studio.field('Title (English)').fill('A summer visit');
  await studio.field('Publisher (English)').fill('Class 7B');
  await studio.field('Byline (English)').fill('Our class');
  await studio.field('Original title (English)').fill('A summer visit');

  await studio.addPlace('Astana', '71.43', '51.13');
  await studio.addPlace('Dushanbe', '68.78', '38.56');
  await studio.addEvent('Arrival in Astana', '2024-07-02', 'Astana', 'The president arrived');
  await studio.addEvent('Flight to Dushanbe', '2024-07-04', 'Dushanbe', 'From Astana he flew');
  await studio.addEvent('The signing', '2024-07-05', 'Dushanbe', 'The visit ended');

  await studio.tab('Routes');
  await page.getByRole('button', { name: 'Add route' }).click();
  await studio.field('Name (English)').fill('The flight south');
  await page.getByRole('combobox', { name: 'Add a stop' }).selectOption({ label: 'Astana' });
  await page.getByRole('combobox', { name: 'Add a stop' }).selectOption({ label: 'Dushanbe' });
  await page.getByRole('combobox', { name: /^Leg 1/ }).selectOption({ label: 'Flight' });

  // The preview is the explorer's own map, timeline and article, with the new events in it.
  await expect(studio.preview.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
  await expect(studio.preview.getByRole('region', { name: 'Article' })).toContainText('The visit ended');
  await expect(studio.preview.getByRole('region', { name: 'Timeline' })).toContainText('The signing');
  await expect(page.getByText('No problems')).toBeVisible();

  const file = await studio.download();
  const checked = validateStory(file);
  expect(checked.ok ? [] : checked.problems).toEqual([]);
  expect(file).toMatchObject({
    languages: ['en'],
    routes: [{ places: ['place-1', 'place-2'], modes: ['air'] }],
  });

  await page.route('**/made-in-studio.json', (route) => route.fulfill({ json: file }));
  await page.goto('/?story=made-in-studio.json');
  await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('button', { name: /The signing/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('From Astana he flew south');
});

test('the built-in story with one title changed downloads with only that title changed', async ({
  studio,
  page,
}) => {
  await page.getByRole('button', { name: 'Edit the built-in story' }).click();
  await expect(studio.preview.getByRole('region', { name: 'Timeline' })).toBeVisible();
  const title = studio.field('Title (English)');
  const before = await title.inputValue();
  await title.fill('Envoys of the Han open the Western Regions');
  await expect(studio.preview.getByRole('region', { name: 'Article' })).toContainText(
    'Envoys of the Han open the Western Regions',
  );
  const file = (await studio.download()) as typeof storyFile;
  const expected = structuredClone(storyFile);
  const first = expected.events.find((e: { title: { en: string } }) => e.title.en === before);
  first.title.en = 'Envoys of the Han open the Western Regions';
  expect(file).toEqual(expected);
});

test('undo and redo step through edits, by button and by keyboard', async ({ studio, page }) => {
  await page.getByRole('button', { name: 'Edit the built-in story' }).click();
  const title = studio.field('Title (English)');
  const before = await title.inputValue();
  await title.fill('A new title');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(title).toHaveValue('A new title');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue(before);
  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveValue('A new title');
});

test("a problem's link focuses the field to fix", async ({ studio, page }) => {
  await page.getByRole('button', { name: 'New story' }).click();
  const problems = page.getByRole('region', { name: 'Problems' });
  await problems.getByRole('link', { name: /^title\.en/ }).click();
  await expect(studio.field('Title (English)')).toBeFocused();
  await studio.field('Title (English)').fill('Named now');
  await expect(problems.getByRole('link', { name: /^title\.en/ })).toHaveCount(0);
});

test('a reload mid-edit brings the draft back, and the drafts list keeps it', async ({ studio, page }) => {
  await page.getByRole('button', { name: 'New story' }).click();
  await studio.tab('Story');
  await studio.field('Title (English)').fill('Kept through a reload');
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
  await page.reload();
  await studio.tab('Story');
  await expect(studio.field('Title (English)')).toHaveValue('Kept through a reload');
  await page.getByRole('button', { name: 'All drafts' }).click();
  await expect(page.getByRole('button', { name: 'Open: Kept through a reload' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete… Kept through a reload' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Open: Kept through a reload' })).toHaveCount(0);
});

test('"Edit this story" in the explorer opens its story in the studio', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Edit this story in the studio' }).click();
  await expect(page).toHaveURL(/studio\.html/);
  await expect(
    page.getByRole('region', { name: 'Preview' }).getByRole('region', { name: 'Timeline' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title (English)', exact: true })).toHaveValue(
    storyFile.events[0].title.en,
  );
});

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(locale, () => {
    test.use({ locale });
    test('the start screen and the editor pass axe', async ({ studio }) => {
      const { page } = studio;
      const axe = async () => {
        const { violations } = await new AxeBuilder({ page })
          .exclude('.maplibregl-canvas')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        return serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      };
      expect(await axe()).toEqual([]);
      await page.getByRole('button', { name: /Edit the built-in story|编辑内置故事/ }).click();
      await expect(page.getByRole('region', { name: /^(Preview|预览)$/ })).toBeVisible();
      expect(await axe()).toEqual([]);
      // A place with the city search open, its options listed.
      await page.getByRole('tab', { name: /^(Places|地点)$/ }).click();
      await page.getByRole('button', { name: /^(Add place|添加地点)$/ }).click();
      await page.getByRole('combobox', { name: /^(Find a city|查找城市)$/ }).fill('sam');
      await expect(page.getByRole('option').first()).toBeVisible();
      expect(await axe()).toEqual([]);
    });
  });
}

test('a paragraph is split at the cursor and merged back', async ({ studio, page }) => {
  await page.getByRole('textbox', { name: 'Paste article text' }).fill('One two.\n\nThree.');
  await page.getByRole('button', { name: 'Make paragraphs' }).click();
  const first = studio.field('Paragraph 1 (English)');
  await first.click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  const tools = page.getByRole('group', { name: 'Paragraph 1', exact: true });
  await tools.getByRole('button', { name: 'Split at the cursor' }).click();
  await expect(first).toHaveValue('One');
  await expect(studio.field('Paragraph 2 (English)')).toHaveValue('two.');
  await tools.getByRole('button', { name: 'Merge with the next' }).click();
  await expect(first).toHaveValue('One two.');
  await expect(studio.field('Paragraph 2 (English)')).toHaveValue('Three.');
});

test('"Open file…" opens a TimelineJS file converted, and says what came across', async ({
  studio,
  page,
}) => {
  await page.getByLabel('Open file…').setInputFiles('public/stories/zhang-qian.timeline.json');
  const note = page.getByRole('status').filter({ hasText: 'was converted from a' });
  await expect(note).toContainText('zhang-qian.timeline.json');
  // The preview's timeline spreads the events over its width, not in a heap at its edge.
  const timeline = studio.preview.getByRole('region', { name: 'Timeline' });
  const spread = async () => {
    const first = await timeline.getByRole('button', { name: /Zhang Qian leaves Chang'an/ }).boundingBox();
    const last = await timeline.getByRole('button', { name: /Second mission/ }).boundingBox();
    return (last?.x ?? 0) - (first?.x ?? 0);
  };
  await expect.poll(spread).toBeGreaterThan(200);
  await studio.tab('Story');
  await expect(studio.field('Title (English)')).toHaveValue(/Zhang Qian/);
  await note.getByRole('button', { name: 'Close' }).click();
  await expect(note).toHaveCount(0);
});

test('a file that is not a story is refused with its reason, and the start screen stays', async ({
  studio,
}) => {
  const { page } = studio;
  await page.getByLabel('Open file…').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "title": '),
  });
  await expect(page.getByRole('alert')).toContainText('notes.json was not opened');
  await expect(page.getByRole('button', { name: 'New story' })).toBeVisible();
});

test('a broken story of ours opens as a draft, its problems listed', async ({ studio, page }) => {
  const broken = structuredClone(storyFile);
  broken.events[0].date = 'soon';
  await page.getByLabel('Open file…').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const problems = studio.page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByRole('link', { name: /^events\[0\]\.date/ })).toBeVisible();
});

test('"Open in the explorer" shows the draft as just typed, and the explorer links back to it', async ({
  studio,
  page,
  context,
}) => {
  await page.getByRole('button', { name: 'Edit the built-in story' }).click();
  await studio.field('Title (English)').fill('Typed a moment ago');
  const [explorer] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: 'Open in the explorer' }).click(),
  ]);
  await explorer.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
  await expect(
    explorer.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /Typed a moment ago/ }),
  ).toBeVisible();
  // The explorer's one-file edition carries the draft.
  const [edition] = await Promise.all([
    explorer.waitForEvent('download'),
    explorer.getByRole('button', { name: 'Save one-file edition' }).click(),
  ]);
  expect(readFileSync(await edition.path(), 'utf8')).toContain('Typed a moment ago');
  await explorer.getByRole('link', { name: 'Edit this story in the studio' }).click();
  await expect(explorer.getByRole('textbox', { name: 'Title (English)', exact: true })).toHaveValue(
    'Typed a moment ago',
  );
});

test('two tabs on one draft: the later save is stopped and the author chooses', async ({
  studio,
  page,
  context,
}) => {
  const saved = (p: Page) => p.getByRole('status').filter({ hasText: 'Saved in this browser' });
  await page.getByRole('button', { name: 'New story' }).click();
  await studio.tab('Story');
  await studio.field('Title (English)').fill('Shared draft');
  await expect(saved(page)).toBeVisible();

  const other = new Studio(await context.newPage());
  await other.page.goto(page.url());
  await other.tab('Story');
  await expect(other.field('Title (English)')).toHaveValue('Shared draft');

  await studio.field('Subtitle (English)').fill('Written in the first tab');
  await expect(saved(page)).toBeVisible();
  await other.field('Subtitle (English)').fill('Written in the second tab');
  const conflict = other.page.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect(conflict).toBeVisible();

  await conflict.getByRole('button', { name: 'Keep mine as a new draft' }).click();
  await expect(saved(other.page)).toBeVisible();
  await other.page.getByRole('button', { name: 'All drafts' }).click();
  await expect(other.page.getByRole('button', { name: 'Open: Shared draft' })).toHaveCount(2);
});

test('a click on a passage in the preview opens that paragraph in the editor', async ({ studio, page }) => {
  await page.getByRole('button', { name: 'Edit the built-in story' }).click();
  const second = storyFile.paragraphs[1].en as string;
  await studio.preview.getByRole('region', { name: 'Article' }).getByText(second.slice(0, 40)).click();
  await expect(page.getByRole('tab', { name: 'Paragraphs', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(studio.field('Paragraph 2 (English)')).toBeFocused();
});

test('sections, figures, a camera and a place rank are edited and downloaded', async ({ studio, page }) => {
  await page
    .getByRole('textbox', { name: 'Paste article text' })
    .fill('Part I: Trade\n\nTrade grew by a third in a year.\n\nPart II: Roads\n\nA road was opened.');
  await page.getByRole('button', { name: 'Make paragraphs' }).click();
  await page.getByText('Sections (2)').click();
  await studio.field('Heading (English)').first().fill('Trade in numbers');
  await studio.addPlace('Astana', '71.43', '51.13');
  await page.getByRole('combobox', { name: 'On the map' }).selectOption({ label: 'Always named' });
  await studio.addEvent('Trade figures', '2023', 'Astana', 'Trade grew');
  await page.getByRole('button', { name: 'Add figure' }).click();
  const figure = page.getByRole('group', { name: 'Figure 1' });
  await figure.getByRole('textbox', { name: 'Label (English)' }).fill('Trade');
  await figure.getByRole('textbox', { name: 'Value' }).fill('41.4');
  await figure.getByRole('textbox', { name: 'Unit (English)' }).fill('billion dollars');
  await figure.getByRole('textbox', { name: 'Year' }).fill('2023');
  await expect(studio.preview.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
  await expect(page.locator('.studio-preview [data-center]')).toBeAttached();
  await page.getByRole('button', { name: "Use the preview map's view" }).click();
  await expect(page.getByRole('group', { name: 'Camera' }).getByRole('status')).toContainText('Centre');

  // The story has problems still (no publisher): it downloads as a draft.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('button', { name: 'Download story (JSON)' }).click();
      await page
        .getByRole('alertdialog')
        .getByRole('button', { name: /as a draft/ })
        .click();
    })(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.sections).toEqual([
    { id: 's1', label: { en: 'Part I' }, title: { en: 'Trade in numbers' } },
    expect.objectContaining({ id: 's2' }),
  ]);
  expect(file.places[0].rank).toBe(1);
  expect(file.events[0].facts).toEqual([
    { label: { en: 'Trade' }, value: 41.4, unit: { en: 'billion dollars' }, year: 2023 },
  ]);
  expect(file.events[0].view.center).toHaveLength(2);
});

test('"Find a city" fills a place from the offline gazetteer, in one undoable step', async ({
  studio,
  page,
}) => {
  await page.getByRole('button', { name: 'New story' }).click();
  await studio.tab('Places');
  await page.getByRole('button', { name: 'Add place' }).click();
  const search = page.getByRole('combobox', { name: 'Find a city' });
  await search.fill('Samark');
  await page.getByRole('option', { name: /^Samarkand, Uzbekistan/ }).click();
  const number = (name: string) => async () => Number(await studio.field(name).inputValue());
  await expect(studio.field('Name (English)')).toHaveValue('Samarkand');
  await expect.poll(number('Longitude')).toBeCloseTo(66.96, 1);
  await expect.poll(number('Latitude')).toBeCloseTo(39.65, 1);

  // The keyboard too: arrows choose, Enter picks; a name already typed is kept.
  await studio.field('Name (English)').fill('Old Samarkand');
  await search.fill('almaty');
  await expect(page.getByRole('option', { name: /^Almaty, Kazakhstan/ })).toBeVisible();
  await search.press('ArrowDown');
  await expect(page.getByRole('option', { name: /^Almaty, Kazakhstan/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await search.press('Enter');
  await expect(studio.field('Name (English)')).toHaveValue('Old Samarkand');
  await expect.poll(number('Longitude')).toBeCloseTo(76.93, 1);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(number('Longitude')).toBeCloseTo(66.96, 1);
});
