import { readFileSync, writeFileSync } from 'node:fs';
import { BYTE_KINDS } from './browser';
import type { BundleSize } from './bundle';
import type { ClickSamples, LongTasks } from './interactions';
import type { JourneyFrames } from './journey';
import { CATEGORIES, type LighthouseRun } from './lighthouse';
import type { LoadSummary } from './loads';
import type { Summary } from './stats';
import type { EditLatency } from './studio';

export interface Target {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
}

export interface Results {
  date: string;
  machine: { cpus: number; node: string; browser: string };
  runs: number;
  /** The parts of the bench that ran (BENCH_ONLY). */
  parts: string[];
  loads: Record<string, LoadSummary & { label: string }>;
  interactions: {
    markerClickMs: (Summary & Omit<ClickSamples, 'ms'>) | null;
    timelineClickToMovestartMs: Summary | null;
    heapGrowth: { changes: number; beforeBytes: number; afterBytes: number; growthBytes: number };
    journey: JourneyFrames;
  } | null;
  /** Long tasks while the wheel scrolls each region, by story. */
  scrolling: Record<string, { timeline: LongTasks; article: LongTasks }>;
  /** One cold load of the largest story: a figure, not a target. */
  huge:
    | { events: number; readyMs: number; interactiveMs: number | null; heapBytes: number }
    | { events: number; refused: string }
    | null;
  /** Edits in the studio timed to the preview, on the real story and on 1,000 events. */
  studio: { story: EditLatency; events1000: EditLatency } | null;
  lighthouse: LighthouseRun[] | null;
  bundle: BundleSize;
  targets: Target[];
}

const ms = (x: number) => `${Math.round(x)} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const spread = (s: Summary, unit: (x: number) => string) =>
  `${unit(s.median)} (${unit(s.min).split(' ')[0]}–${unit(s.max)})`;

/** A Markdown table with padded columns, the way Biome formats the README. */
function table(head: string[], rows: string[][]): string {
  const width = (text: string) => [...text].length;
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[], fill = ' ') =>
    `| ${cells.map((c, i) => c + fill.repeat((widths[i] ?? 0) - width(c))).join(' | ')} |`;
  return [
    line(head),
    line(
      head.map(() => ''),
      '-',
    ),
    ...rows.map((r) => line(r)),
  ].join('\n');
}

function loadsTable(results: Results, bareKey: string): string {
  const rows = Object.values(results.loads).map((l) => [
    l.label,
    spread(l.readyMs, ms),
    l.interactiveMs ? spread(l.interactiveMs, ms) : '–',
    ms(l.blockingMs.median),
    ...BYTE_KINDS.map((k) => kb(l.bytes[k].median)),
    kb(l.bytes.total.median),
    spread(l.heapBytes, mb),
    l.cls.median.toFixed(3),
  ]);
  const bare = results.loads[bareKey];
  const app = results.loads.story;
  if (bare && app) {
    const ratio = (a: number, b: number) => (b ? `×${(a / b).toFixed(2)}` : '–');
    rows.push([
      'app ÷ bare MapLibre',
      ratio(app.readyMs.median, bare.readyMs.median),
      '–',
      ratio(app.blockingMs.median, bare.blockingMs.median),
      ...BYTE_KINDS.map((k) => ratio(app.bytes[k].median, bare.bytes[k].median)),
      ratio(app.bytes.total.median, bare.bytes.total.median),
      ratio(app.heapBytes.median, bare.heapBytes.median),
      '–',
    ]);
  }
  return table(
    [
      'Page',
      'ready',
      'interactive',
      'blocking before ready',
      'JS',
      'CSS',
      'fonts',
      'data',
      'other',
      'total',
      'JS heap',
      'CLS',
    ],
    rows,
  );
}

function interactionsTable(results: Results): string {
  const percentiles = (s: Summary | null) =>
    s ? `median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)} (n = ${s.n})` : 'no sample';
  const rows: string[][] = [];
  if (results.interactions) {
    const {
      markerClickMs: click,
      timelineClickToMovestartMs: move,
      heapGrowth,
      journey,
    } = results.interactions;
    rows.push(
      [
        "marker click → passage highlighted or the place's events listed (painted)",
        `${percentiles(click)}${click ? `, ${new Set(click.places).size} places, ${click.attempts} clicks` : ''}`,
      ],
      ['timeline click → map movestart', percentiles(move)],
      [
        `JS heap growth after ${heapGrowth.changes} event changes`,
        `${mb(heapGrowth.growthBytes)} (${mb(heapGrowth.beforeBytes)} → ${mb(heapGrowth.afterBytes)})`,
      ],
      [
        `journey along ${journey.route} (${journey.stops} stops)`,
        `${journey.fps.toFixed(0)} frames/s over ${journey.seconds.toFixed(0)} s; long tasks: ${
          journey.longTasks.count
            ? `${journey.longTasks.count}, longest ${ms(journey.longTasks.maxMs)}`
            : 'none'
        }`,
      ],
    );
  }
  rows.push(
    ...Object.entries(results.scrolling).flatMap(([story, phases]) =>
      Object.entries(phases).map(([region, t]) => [
        `long tasks, wheel over the ${region} (${story})`,
        t.count ? `${t.count}, longest ${ms(t.maxMs)}, ${ms(t.totalMs)} in all` : 'none',
      ]),
    ),
  );
  if (results.studio)
    rows.push(
      ...Object.entries({
        'real story': results.studio.story,
        '1,000 events': results.studio.events1000,
      }).map(([story, e]) => [
        `studio: event title edited → preview shows it (${story})`,
        `${percentiles(e)}; long tasks while typing: ${
          e.longTasks.count ? `${e.longTasks.count}, longest ${ms(e.longTasks.maxMs)}` : 'none'
        }`,
      ]),
    );
  const { huge } = results;
  if (huge)
    rows.push([
      `${huge.events.toLocaleString('en')} events, one cold load (a figure, not a target)`,
      'refused' in huge
        ? huge.refused
        : `ready ${ms(huge.readyMs)}${huge.interactiveMs === null ? '' : `, interactive ${ms(huge.interactiveMs)}`}, JS heap ${mb(huge.heapBytes)}`,
    ]);
  return rows.length ? table(['Interaction (app, real story unless named)', 'Measured'], rows) : '';
}

function lighthouseTable(runs: LighthouseRun[]): string {
  const score = (r: LighthouseRun, c: (typeof CATEGORIES)[number]) => {
    const median = String(r.scores[c] ?? '–');
    // The spread, where there is one: a single score says little about the next run.
    const runs = r.performanceRuns;
    return c === 'performance' && runs.length > 1
      ? `${median} (${runs.map((v) => v ?? '–').join(', ')})`
      : median;
  };
  const rounds = Math.max(...runs.map((r) => r.performanceRuns.length));
  return table(
    [`Lighthouse 12.2 (desktop, ${rounds > 1 ? `median of ${rounds} runs` : 'one run'})`, ...CATEGORIES],
    runs.map((r) => [r.label, ...CATEGORIES.map((c) => score(r, c))]),
  );
}

export function markdown(results: Results, bareKey: string): string {
  return [
    `Median of ${results.runs} cold loads (min–max); bytes on the wire (gzip for text), kB = 1,000 bytes; ` +
      `JS heap of the page's main thread after GC. ${results.machine.cpus} CPUs, ${results.machine.browser}, ` +
      `software WebGL, ${results.date.slice(0, 10)}.`,
    '',
    ...(Object.keys(results.loads).length ? [loadsTable(results, bareKey), ''] : []),
    ...(interactionsTable(results) ? [interactionsTable(results), ''] : []),
    ...(results.lighthouse ? [lighthouseTable(results.lighthouse), ''] : []),
    table(
      ['Target', 'Measured', 'Limit', 'Result'],
      results.targets.map((t) => [t.name, t.measured, t.limit, t.pass ? 'pass' : '**FAIL**']),
    ),
    '',
    `App's own JS a cold visit of the real story fetched: ${results.bundle.appChunks.map((c) => `${c.file} ${kb(c.gzipBytes)}`).join(', ')} ` +
      `(React and MapLibre: ${kb(results.bundle.vendorGzipBytes)} gzipped; chunks only other stories, dropped ` +
      'files, handouts or browsers without WebGL load are not part of a visit).',
  ].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the README's results between its bench markers, so a new run keeps the README current. */
export function updateReadme(file: string, table: string): boolean {
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) return false;
  writeFileSync(file, `${text.slice(0, from + START.length)}\n${table}\n${text.slice(to)}`);
  return true;
}

export const format = { ms, kb, mb };
