import type { Page } from '@playwright/test';
import { generateStory } from '../scripts/generate-story';
import { normaliseStory } from '../src/story/normalise';
import { expect, type StoryMap, test } from './fixtures';

/** The bench's 10,000-event story: five events to a paragraph, so event N is told in paragraph ⌈N / 5⌉. */
const EVENTS = 10_000;
const story = generateStory({ events: EVENTS, places: 2000 });
const body = JSON.stringify(story);
const paragraphOf = (n: number) => `p${Math.ceil(n / 5)}`;

// A 10,000-event story under software WebGL on two shared cores: loading alone can take half a minute.
test.describe.configure({ timeout: 180_000 });

async function openLarge(app: StoryMap, page: Page, hash = '#lang=en') {
  await page.route('**/stories/events-10000.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await app.open(`/?story=stories/events-10000.json${hash}`);
}

/** Far fewer paragraphs and marks in the page than the story has: the views are windowed. */
async function expectWindowed(app: StoryMap) {
  expect(await app.article.locator('[data-paragraph-id]').count()).toBeLessThan(100);
  expect(await app.timeline.getByRole('button', { name: /^Event \d+, / }).count()).toBeLessThan(1500);
}

test('a deep link into a 10,000-event story lands on its passage, highlighted, and on its mark', async ({
  app,
  page,
}) => {
  await openLarge(app, page, '#event=event-9000&lang=en');
  await expect(app.paragraph(paragraphOf(9000))).toBeInViewport();
  await expect(app.paragraph(paragraphOf(9000))).toHaveAttribute('data-active', 'true');
  await expect(app.activeMark()).toHaveAccessibleName(/^Event 9000, /);
  await expect(app.activeMark()).toBeInViewport();
  await expectWindowed(app);
});

test('a timeline click in a 10,000-event story scrolls the windowed article to its passage', async ({
  app,
  page,
}) => {
  await openLarge(app, page);
  // A mark the reader can see: the first named one inside the timeline's view.
  const name = await app.timeline.evaluate((panel) => {
    const view = panel.querySelector('.timeline-scroll')?.getBoundingClientRect();
    const seen = [...panel.querySelectorAll<HTMLButtonElement>('button.mark:not(.unnamed)')].find((b) => {
      const r = b.getBoundingClientRect();
      return view && r.left > view.left + 40 && r.right < view.right - 40;
    });
    return seen?.getAttribute('aria-label') ?? null;
  });
  const n = Number(/^Event (\d+), /.exec(name ?? '')?.[1]);
  expect(n, `a mark in view (${name})`).toBeGreaterThan(0);
  await app.timelineEvent(name ?? '').click();
  await expect(app.paragraph(paragraphOf(n))).toBeInViewport();
  await expect(app.paragraph(paragraphOf(n))).toHaveAttribute('data-active', 'true');
  await expect(app.activeMark()).toHaveAccessibleName(new RegExp(`^Event ${n}, `));
});

test('scrolling a windowed article leads with the passage at the reading line; End reaches the last passage', async ({
  app,
  page,
}) => {
  await openLarge(app, page, '#event=event-20&lang=en');
  await expect(app.paragraph(paragraphOf(20))).toBeInViewport();
  await app.article.hover();
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 2000);
  // Far down the article, the passage at the reading line is highlighted, and its event is the timeline's.
  await expect(app.activeParagraphs().first()).toBeInViewport();
  const id = await app.activeParagraphs().first().getAttribute('data-paragraph-id');
  const paragraph = Number(id?.slice(1));
  expect(paragraph).toBeGreaterThan(40);
  await expect(app.activeMark()).toHaveAccessibleName(
    new RegExp(`^Event (${[1, 2, 3, 4, 5].map((k) => (paragraph - 1) * 5 + k).join('|')}), `),
  );
  await expectWindowed(app);

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('End');
  // The story's last event in time, which is not the last one written: wait for it, not for any mark.
  const last = Number(normaliseStory(story).events.at(-1)?.id.slice('event-'.length));
  await expect(app.activeMark()).toHaveAccessibleName(new RegExp(`^Event ${last}, `));
  await expect(app.paragraph(paragraphOf(last))).toBeInViewport();
  await expect(app.paragraph(paragraphOf(last))).toHaveAttribute('data-active', 'true');
});
