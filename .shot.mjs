import { chromium } from '@playwright/test';
const [url, out, w = '1366', h = '768', locale = 'en-US', extra] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, locale, serviceWorkers: 'block' });
await page.goto(url);
await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0, null, { timeout: 60000 });
await page.waitForSelector('[data-testid=map][data-ready=true]', { timeout: 60000 }).catch(() => {});
await page.waitForTimeout(2500);
if (extra) { const fs = await import('node:fs'); await page.evaluate(fs.readFileSync(extra, 'utf8')); await page.waitForTimeout(1500); }
await page.screenshot({ path: out });
console.log(await page.getByTestId('map').evaluate((m) => JSON.stringify(m.dataset)).catch(() => ''));
await browser.close();
