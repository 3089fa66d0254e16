/**
 * `npm run bench`: the built app in real Chromium against a bare MapLibre page (the floor) and
 * TimelineJS3 (what readers would otherwise get), with the real story and synthetic ones of 1,000
 * and 10,000 events. It reports missed targets but exits 0: software WebGL timings vary from
 * machine to machine, so they inform, they do not gate. It fails only when something breaks.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { type NormalisedStory, normaliseStory } from '../src/story/normalise';
import type { Story } from '../src/story/schema';
import { formatProblem, validateStory, validateStoryText } from '../src/story/validate';
import { ColdPage, launch } from './bench/browser';
import { bundleSize } from './bench/bundle';
import {
  countMoves,
  heapGrowth,
  longTasksWhileScrolling,
  markerClicks,
  timelineClicks,
} from './bench/interactions';
import { measureLoads, type Subject } from './bench/loads';
import { format, markdown, type Results, type Target, updateReadme } from './bench/report';
import { serve } from './bench/server';
import { summarize } from './bench/stats';
import { toTimelineJs } from './bench/timelinejs';
import { generateStory, writeStory } from './generate-story';

const PORT = 4199;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = 5;
const BUILD = 'bench/.build';
const SIZES = [1000, 10_000];
const GENERATED_PLACES = 2000;
const MARKER_CLICKS = 24;
const TIMELINE_CLICKS = 20;
const EVENT_CHANGES = 200;

const BIG_LABEL = '10,000 events';

const storyFile = (events: number) => `stories/events-${events}.json`;

const SUBJECTS: Subject[] = [
  {
    key: 'story',
    label: 'app, real story',
    path: '/',
    marks: { ready: 'app:ready', interactive: 'app:interactive' },
  },
  { key: 'bare', label: 'bare MapLibre page', path: '/bare/', marks: { ready: 'app:ready' } },
  {
    key: 'handout',
    label: 'handout, compact, both languages',
    path: '/?handout#lang=en&text=both',
    marks: { ready: 'handout:ready' },
  },
  {
    key: 'timelinejs',
    label: 'TimelineJS3 (ready = first slide)',
    path: '/timelinejs/',
    marks: { ready: 'timelinejs:first-slide' },
  },
  ...SIZES.map((n) => ({
    key: `events${n}`,
    label: `app, ${n.toLocaleString('en')} events`,
    path: `/?story=${storyFile(n)}`,
    marks: { ready: 'app:ready', interactive: 'app:interactive' },
  })),
];

function step(message: string): void {
  console.log(`\n▸ ${message}`);
}

/** Builds the pages and writes the data they load; returns the real story, validated. */
async function prepare(): Promise<Story> {
  step('building the app, the bare MapLibre page and the synthetic stories');
  await build({ logLevel: 'error' });
  await build({ configFile: 'bench/bare/vite.config.ts', logLevel: 'error' });
  const real = validateStoryText(readFileSync('data/story.json', 'utf8'));
  if (!real.ok) throw new Error(`data/story.json is invalid: ${real.problems.map(formatProblem).join('; ')}`);
  mkdirSync(`${BUILD}/timelinejs`, { recursive: true });
  writeFileSync(`${BUILD}/timelinejs/events.json`, JSON.stringify(toTimelineJs(real.story)));
  for (const events of SIZES) {
    const story = generateStory({ events, places: GENERATED_PLACES });
    const checked = validateStory(story);
    if (!checked.ok)
      throw new Error(`generated story invalid: ${checked.problems.map(formatProblem).join('; ')}`);
    writeStory(`${BUILD}/${storyFile(events)}`, story);
  }
  return real.story;
}

async function main(): Promise<void> {
  const started = Date.now();
  const story = normaliseStory(await prepare());
  const server = await serve(
    [
      { prefix: '/bare/', dir: `${BUILD}/bare` },
      { prefix: '/timelinejs/dist/', dir: 'node_modules/@knight-lab/timelinejs/dist' },
      { prefix: '/timelinejs/', dir: 'bench/timelinejs' },
      { prefix: '/timelinejs/', dir: `${BUILD}/timelinejs` },
      { prefix: '/stories/', dir: `${BUILD}/stories` },
      { prefix: '/', dir: 'dist' },
    ],
    PORT,
  );
  const browser = await launch();
  try {
    step(`${RUNS} cold loads of each page (fresh browser context each, no cache)`);
    const loads = await measureLoads(browser, ORIGIN, SUBJECTS, RUNS);

    const interactions = await measureInteractions(browser, story);

    const results: Results = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, browser: `Chromium ${browser.version()}` },
      runs: RUNS,
      loads: Object.fromEntries(
        SUBJECTS.map((s) => [s.key, { label: s.label, ...(loads[s.key] as (typeof loads)[string]) }]),
      ),
      interactions,
      bundle: bundleSize('dist'),
      targets: [],
    };
    results.targets = targets(results);
    report(results);
    console.log(`\nbench finished in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await browser.close();
    server.close();
  }
}

async function measureInteractions(
  browser: Browser,
  story: NormalisedStory,
): Promise<Results['interactions']> {
  step('interactions in the app with the real story');
  const cold = await ColdPage.open(browser, ORIGIN);
  await cold.page.goto(`${ORIGIN}/`);
  await cold.marks(['app:ready']);
  await countMoves(cold.page);
  const clicks = await markerClicks(cold, story, MARKER_CLICKS);
  console.log(`  marker clicks: ${clicks.ms.length} timed of ${clicks.attempts} clicks`);
  const moves = await timelineClicks(cold, story, TIMELINE_CLICKS);
  console.log(`  timeline clicks: ${moves.length} timed`);
  const growth = await heapGrowth(cold, story, EVENT_CHANGES);
  console.log(`  heap growth after ${EVENT_CHANGES} changes: ${format.mb(growth.growthBytes)}`);
  const storyLongTasks = await longTasksWhileScrolling(cold);
  await cold.close();

  step(`long tasks while scrolling, ${BIG_LABEL}`);
  const big = await ColdPage.open(browser, ORIGIN);
  await big.page.goto(`${ORIGIN}/?story=${storyFile(10_000)}`);
  await big.marks(['app:ready']);
  await countMoves(big.page);
  const bigLongTasks = await longTasksWhileScrolling(big);
  await big.close();

  return {
    markerClickMs: clicks.ms.length
      ? { ...summarize(clicks.ms), places: clicks.places, attempts: clicks.attempts }
      : null,
    timelineClickToMovestartMs: moves.length ? summarize(moves) : null,
    heapGrowth: { changes: EVENT_CHANGES, ...growth },
    longTasksWhileScrolling: { 'real story': storyLongTasks, [BIG_LABEL]: bigLongTasks },
  };
}

function targets(r: Results): Target[] {
  const load = (key: string) => {
    const l = r.loads[key];
    if (!l) throw new Error(`no loads measured for ${key}`);
    return l;
  };
  const app = load('story');
  const interactive = app.interactiveMs?.median ?? Number.POSITIVE_INFINITY;
  const firstSlide = load('timelinejs').readyMs.median;
  const bare = load('bare').readyMs.median;
  const bigReady = load('events10000').readyMs.median;
  const handout = load('handout').readyMs.median;
  const click = r.interactions.markerClickMs;
  const scrolls = Object.values(r.interactions.longTasksWhileScrolling[BIG_LABEL] ?? {});
  const longest = Math.max(0, ...scrolls.map((t) => t.maxMs));
  const growth = r.interactions.heapGrowth.growthBytes;
  return [
    {
      name: 'app:interactive no later than TimelineJS3 first slide',
      measured: `${format.ms(interactive)} vs ${format.ms(firstSlide)}`,
      limit: `≤ ${format.ms(firstSlide)}`,
      pass: interactive <= firstSlide,
    },
    {
      name: 'app:ready at most 1.25× the bare MapLibre page',
      measured: `${format.ms(app.readyMs.median)} = ×${(app.readyMs.median / bare).toFixed(2)}`,
      limit: `≤ ${format.ms(1.25 * bare)}`,
      pass: app.readyMs.median <= 1.25 * bare,
    },
    {
      name: 'handout:ready at most 3× app:ready',
      measured: `${format.ms(handout)} = ×${(handout / app.readyMs.median).toFixed(2)}`,
      limit: `≤ ${format.ms(3 * app.readyMs.median)}`,
      pass: handout <= 3 * app.readyMs.median,
    },
    {
      name: 'marker click → highlighted paragraph, 95th percentile',
      measured: click ? `${format.ms(click.p95)} (n = ${click.n})` : 'no click timed',
      limit: '< 100 ms',
      pass: !!click && click.p95 < 100,
    },
    {
      name: 'app:ready with 10,000 events at most 2× the real story',
      measured: `${format.ms(bigReady)} = ×${(bigReady / app.readyMs.median).toFixed(2)}`,
      limit: `≤ ${format.ms(2 * app.readyMs.median)}`,
      pass: bigReady <= 2 * app.readyMs.median,
    },
    {
      name: 'no long task over 50 ms while scrolling timeline or article, 10,000 events',
      measured: longest ? `longest ${format.ms(longest)}` : 'none',
      limit: 'none',
      pass: longest === 0,
    },
    {
      name: "app's own JS on a normal visit (without React and MapLibre), gzipped",
      measured: format.kb(r.bundle.appGzipBytes),
      limit: '< 60 kB',
      pass: r.bundle.appGzipBytes < 60_000,
    },
    {
      name: `JS heap growth after ${r.interactions.heapGrowth.changes} event changes`,
      measured: format.mb(growth),
      limit: '< 5 MB',
      pass: growth < 5e6,
    },
  ];
}

function report(results: Results): void {
  const text = markdown(results, 'bare');
  console.log(`\n${text}`);
  const errors = Object.entries(results.loads).flatMap(([k, l]) => l.errors.map((e) => `${k}: ${e}`));
  for (const e of errors) console.error(`page error: ${e}`);
  mkdirSync('bench/results', { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync('bench/results/latest.json', json);
  writeFileSync(`bench/results/${results.date.slice(0, 16).replace(':', '-')}.json`, json);
  writeFileSync('bench/results/latest.md', `${text}\n`);
  if (updateReadme('README.md', text)) console.log('\nREADME.md: benchmark table updated');
  const missed = results.targets.filter((t) => !t.pass);
  for (const t of missed) console.log(`target missed: ${t.name}: ${t.measured} (limit ${t.limit})`);
}

await main();
