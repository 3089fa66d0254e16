import { defineConfig, devices } from '@playwright/test';
import { disableFeatures, PLAYWRIGHT_TURNS_OFF } from './scripts/chromium-features';
import { chromiumPath } from './scripts/chromium-path.mjs';

/** E2E_PORT lets two runs share a machine. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // Software WebGL on two cores: two workers at most, generous timeouts, no fixed sleeps in tests.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1366, height: 768 },
    locale: 'en-US',
    // The service worker would precache the app and fetch fonts in every test; offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        disableFeatures(PLAYWRIGHT_TURNS_OFF),
      ],
    },
  },
  webServer: {
    // The production build, served once for every test (npm test builds it first).
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
