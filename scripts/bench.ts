/**
 * `npm run bench`: load time, memory and responsiveness of the built app in real Chromium,
 * with the real story and with a synthetic story of 5,000 places. Targets are checked here,
 * not in the tests, because software WebGL timings vary from machine to machine.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium-path.mjs';

const PORT = 4199;
const BASE = `http://127.0.0.1:${PORT}`;
const TARGETS = { readyMs: 8000, heapMb: 200, activateMs: 3000, bigReadyMs: 15000 };

function bigStory(): unknown {
  const story = JSON.parse(readFileSync('data/story.json', 'utf8'));
  for (let i = 0; i < 5000; i++) {
    story.places.push({
      id: `bench-${i}`,
      name: { zh: `地点${i}`, en: `Place ${i}` },
      coordinates: [40 + ((i * 7.31) % 80), 25 + ((i * 3.17) % 30)],
      kind: 'site',
    });
  }
  return story;
}

async function serve(): Promise<ChildProcess> {
  // Vite itself, not through npx, so killing it stops the server.
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error('vite preview did not start');
}

async function main() {
  writeFileSync('dist/bench-story.json', JSON.stringify(bigStory()));
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  });
  try {
    const measure = async (path: string) => {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(`${BASE}${path}`);
      await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0, null, {
        timeout: 60_000,
      });
      const readyMs = await page.evaluate(
        () => performance.getEntriesByName('app:ready')[0]?.startTime ?? -1,
      );
      // Time from a click on a timeline event to the article and timeline showing it.
      const activateMs = await page.evaluate(async () => {
        const button = document.querySelector<HTMLButtonElement>('.timeline-marks li:nth-child(20) button');
        const t0 = performance.now();
        button?.click();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t0;
      });
      const client = await page.context().newCDPSession(page);
      await client.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await client.send('Runtime.getHeapUsage')) as { usedSize: number };
      await page.close();
      return {
        readyMs: Math.round(readyMs),
        activateMs: Math.round(activateMs),
        heapMb: Math.round(usedSize / 1e6),
      };
    };
    const story = await measure('/');
    const big = await measure('/?story=bench-story.json');
    const results = { date: new Date().toISOString(), story, bigStory5000Places: big, targets: TARGETS };
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
    const misses = [
      story.readyMs > TARGETS.readyMs && `ready in ${story.readyMs} ms > ${TARGETS.readyMs}`,
      story.heapMb > TARGETS.heapMb && `heap ${story.heapMb} MB > ${TARGETS.heapMb}`,
      story.activateMs > TARGETS.activateMs && `activation ${story.activateMs} ms > ${TARGETS.activateMs}`,
      big.readyMs > TARGETS.bigReadyMs && `5,000 places ready in ${big.readyMs} ms > ${TARGETS.bigReadyMs}`,
    ].filter(Boolean);
    for (const m of misses) console.error(`target missed: ${m}`);
    process.exitCode = misses.length ? 1 : 0;
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
