/**
 * Synthetic stories for load tests: `tsx scripts/generate-story.ts --events 10000 --places 2000 --out FILE`.
 * They are valid (the project's validator accepts them) and reproducible (a seeded generator).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CATEGORIES, MODES, PLACE_KINDS } from '../src/story/format';
import type { Paragraph, Place, Precision, Route, Section, Story, StoryEvent } from '../src/story/schema';

export interface GenerateOptions {
  events: number;
  places: number;
  seed?: number;
}

/** Events per paragraph: articles name several events in one paragraph. */
const EVENTS_PER_PARAGRAPH = 5;
const SECTIONS = 10;
const ROUTES = 60;

/** mulberry32: small, fast and good enough to spread synthetic data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ISO year as stories write it: astronomical, four digits, signed when negative ("-0137"). */
const isoYear = (year: number) => (year < 0 ? `-${pad(-year, 4)}` : pad(year, 4));

export function generateStory({ events, places, seed = 1 }: GenerateOptions): Story {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const round = (x: number) => Math.round(x * 1e4) / 1e4;

  const sections: Section[] = Array.from({ length: SECTIONS }, (_, i) => ({
    id: `s${i + 1}`,
    label: { zh: `第${i + 1}部分`, en: `Part ${i + 1}` },
  }));
  const paragraphCount = Math.max(1, Math.ceil(events / EVENTS_PER_PARAGRAPH));
  const paragraphs: Paragraph[] = Array.from({ length: paragraphCount }, (_, i) => ({
    id: `p${i + 1}`,
    section: `s${Math.floor((i * SECTIONS) / paragraphCount) + 1}`,
    zh: `第${i + 1}段。`.repeat(4 + int(12)),
    en: `Paragraph ${i + 1} of a synthetic story, long enough to wrap over a few lines. `.repeat(1 + int(4)),
  }));
  // Eurasia, where this kind of story happens.
  const placeList: Place[] = Array.from({ length: places }, (_, i) => ({
    id: `place-${i + 1}`,
    name: { zh: `地点${i + 1}`, en: `Place ${i + 1}` },
    coordinates: [round(10 + rnd() * 120), round(10 + rnd() * 50)],
    kind: pick(PLACE_KINDS),
  }));
  const routes: Route[] = Array.from({ length: places >= 2 ? ROUTES : 0 }, (_, i) => {
    const stops = Array.from({ length: 2 + int(5) }, () => pick(placeList).id);
    return {
      id: `route-${i + 1}`,
      name: { zh: `线路${i + 1}`, en: `Route ${i + 1}` },
      places: stops,
      modes: stops.slice(1).map(() => pick(MODES)),
    };
  });
  const eventList: StoryEvent[] = Array.from({ length: events }, (_, i) => {
    const event: StoryEvent = {
      id: `event-${i + 1}`,
      ...randomDate(rnd),
      title: { zh: `事件${i + 1}`, en: `Event ${i + 1}` },
      summary: { zh: `第${i + 1}个事件的摘要。`, en: `What happened in event ${i + 1}.` },
      places: placeList.length ? Array.from({ length: 1 + int(3) }, () => pick(placeList).id) : [],
      paragraphs: [`p${Math.floor(i / EVENTS_PER_PARAGRAPH) + 1}`],
      category: pick(CATEGORIES),
    };
    if (routes.length && rnd() < 0.1) event.routes = [pick(routes).id];
    return event;
  });
  return {
    title: { zh: '合成故事', en: 'Synthetic story' },
    source: {
      publisher: { zh: '基准测试', en: 'Benchmark' },
      date: '2024-07-08',
      byline: { zh: '生成器', en: 'Generator' },
      originalTitle: { zh: '合成故事', en: 'Synthetic story' },
    },
    sections,
    paragraphs,
    places: placeList,
    routes,
    events: eventList,
  };
}

/** Mostly recent days, some months and years, a few ancient centuries: the mix of a news story's past. */
function randomDate(rnd: () => number): { date: string; precision: Precision } {
  const r = rnd();
  if (r < 0.05) return { date: isoYear(-500 + Math.floor(rnd() * 2000)), precision: 'century' };
  if (r < 0.2) return { date: isoYear(1900 + Math.floor(rnd() * 100)), precision: 'year' };
  const year = 2000 + Math.floor(rnd() * 25);
  const month = 1 + Math.floor(rnd() * 12);
  if (r < 0.35) return { date: `${year}-${pad(month)}`, precision: 'month' };
  // Day 28 at most: every month has it.
  return { date: `${year}-${pad(month)}-${pad(1 + Math.floor(rnd() * 28))}`, precision: 'day' };
}

export function writeStory(file: string, story: Story): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(story));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000' },
      places: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const story = generateStory({
    events: Number(values.events),
    places: Number(values.places),
    seed: Number(values.seed),
  });
  if (values.out) writeStory(values.out, story);
  else process.stdout.write(JSON.stringify(story));
}
