import { chromium } from '@playwright/test';

const [, , url, out, w = '1366', h = '768', action = ''] = process.argv;
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
  ],
});
const page = await b.newPage({ viewport: { width: +w, height: +h } });
await page.goto(url);
await page.waitForTimeout(4000);
if (action === 'tab') await page.keyboard.press('Tab');
if (action === 'drop') {
  const story = await (
    await fetch(
      url.replace(/#.*/, '').replace(/\?.*/, '') +
        'assets/' +
        (await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((r) => r.name)
            .find((n) => /story-.*\.json/.test(n))
            .split('/')
            .pop(),
        )),
    )
  ).json();
  story.title.en = 'My draft';
  story.events = story.events.slice(0, 6);
  const dt = await page.evaluateHandle((c) => {
    const d = new DataTransfer();
    d.items.add(new File([c], 'draft.json', { type: 'application/json' }));
    return d;
  }, JSON.stringify(story));
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt });
  await page.waitForTimeout(3000);
}
await page.screenshot({ path: out });
await b.close();
