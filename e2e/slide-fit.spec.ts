import type { Page } from '@playwright/test';
import { expect, story, test } from './fixtures';

const total = story.events.length;

/** What is wrong with the slide on screen: anything scrolling, cut off or outside the window. */
function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const { innerWidth: w, innerHeight: h } = window;
    const doc = document.documentElement;
    if (doc.scrollWidth > w || doc.scrollHeight > h) out.push(`page ${doc.scrollWidth}×${doc.scrollHeight}`);
    const region = document.querySelector('section.presentation');
    const caption = region?.querySelector('article');
    const passage = region?.querySelector<HTMLElement>('[data-slide-passage]');
    if (!caption || !passage) return ['no slide'];
    if (caption.scrollHeight > caption.clientHeight + 1) out.push(`caption ${caption.scrollHeight}px tall`);
    if (passage.scrollHeight > passage.clientHeight + 1)
      out.push(`passage ${passage.scrollHeight}px in ${passage.clientHeight}px`);
    if (['auto', 'scroll'].includes(getComputedStyle(passage).overflowY)) out.push('passage scrolls');
    for (const el of region?.querySelectorAll<HTMLElement>('*') ?? []) {
      if (el.closest('.slide-measure')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > h + 0.5)
        out.push(
          `${el.tagName}.${el.className} sticks out at ${Math.round(r.right)},${Math.round(r.bottom)}`,
        );
      if (caption.contains(el) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        out.push(`${el.tagName}.${el.className} content ${el.scrollWidth}px wide`);
    }
    return out;
  });
}

const sizes = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const modes = [
  { lang: 'en', text: 'en', label: (n: string) => `Slide ${n} of ${total}`, contrast: 'High contrast' },
  { lang: 'zh', text: 'zh', label: (n: string) => `第 ${n} 页，共 ${total} 页`, contrast: '高对比度' },
  { lang: 'zh', text: 'both', label: (n: string) => `第 ${n} 页，共 ${total} 页`, contrast: '高对比度' },
] as const;

for (const size of sizes) {
  for (const mode of modes) {
    test(`every slide fits at ${size.width}×${size.height} in ${mode.text}, also in high contrast`, async ({
      app,
      page,
    }) => {
      test.setTimeout(240_000);
      await page.setViewportSize(size);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await app.open(`/?present&slide=1#lang=${mode.lang}&text=${mode.text}`);
      const number = page.locator('.slide-number');
      const found: string[] = [];
      const seen: string[] = [];
      let previous = '';
      for (let step = 0; step < total * 4; step++) {
        if (step === total) await page.getByRole('button', { name: mode.contrast }).click();
        await expect(number).not.toHaveText(previous);
        previous = (await number.textContent()) ?? '';
        seen.push(previous);
        found.push(...(await problems(page)).map((p) => `${previous}: ${p}`));
        const next = page.getByRole('button', { name: /^(Next|下一页)/ });
        if (await next.isDisabled()) break;
        await page.keyboard.press('ArrowRight');
      }
      expect(found).toEqual([]);
      // Every slide was shown, a long one as parts 12a, 12b…; the last is the deck's last.
      const slides = new Set(seen.map((s) => s.match(/\d+/)?.[0]));
      expect(slides.size).toBe(total);
      expect(seen.at(-1)).toMatch(new RegExp(`^${mode.label(`${total}[a-z]?`).replace(/[()]/g, '\\$&')}$`));
      test.info().annotations.push({
        type: 'slides',
        description: `${seen.length} slides for ${total} events; continued: ${seen.filter((s) => /\d+[a-z]/.test(s)).length}`,
      });
    });
  }
}

test('a continued slide is set as large as fits and steps back onto its last part', async ({ app, page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The longest passage, in both languages: it cannot fit one slide.
  const longest = story.events.reduce((a, b) => (b.paragraphs.length > a.paragraphs.length ? b : a));
  const n = longest.index + 1;
  await app.open(`/?present&slide=${n}#lang=en&text=both`);
  const number = page.locator('.slide-number');
  await expect(number).toHaveText(`Slide ${n}a of ${total}`);
  const size = () =>
    page
      .locator('[data-slide-passage] p')
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  // 1280×720: the passage is 19.2 px at full size, never under 80 % of it.
  expect(await size()).toBeGreaterThanOrEqual(15);
  await page.keyboard.press('ArrowRight');
  await expect(number).toHaveText(`Slide ${n}b of ${total}`);
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.type(String(n + 1));
  await page.keyboard.press('Enter');
  await expect(number).toHaveText(new RegExp(`^Slide ${n + 1}a? of ${total}$`));
  await page.keyboard.press('ArrowLeft');
  await expect(number).toHaveText(new RegExp(`^Slide ${n}[b-z] of ${total}$`));
  expect(await problems(page)).toEqual([]);
});
