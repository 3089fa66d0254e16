import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser Playwright installed. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // No Playwright-managed browser.
  }
  return candidates.find((p) => p && existsSync(p));
}
