import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import config from '../../playwright.config';
import { disableFeatures, LIGHTHOUSE_TURNS_OFF } from '../chromium-features';
import { chromiumPath } from '../chromium-path.mjs';
import { summarize } from './stats';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  label: string;
  /** 0–100 per category; null where Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Audits below a full score in accessibility and best practices: what to fix. */
  failing: string[];
  /** The performance score of each run that the scores are the median of. */
  performanceRuns: (number | null)[];
}

interface Report {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
}

/**
 * Lighthouse 12.2 (the last that runs on Node 20), desktop preset, with the e2e tests' Chromium and
 * software WebGL, in its own browser: one run.
 */
export async function lighthouse(url: string, label: string): Promise<LighthouseRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const out = join(dir, 'report.json');
  const flags = [
    '--headless=new',
    ...(config.use?.launchOptions?.args ?? []).filter((arg) => !arg.startsWith('--disable-features=')),
    disableFeatures(LIGHTHOUSE_TURNS_OFF),
  ].join(' ');
  try {
    await promisify(execFile)(
      'node_modules/.bin/lighthouse',
      [
        url,
        '--preset=desktop',
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${flags}`,
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => {
        const score = report.categories[c]?.score;
        return [c, score === null || score === undefined ? null : Math.round(score * 100)];
      }),
    ) as Record<Category, number | null>;
    const failing = (['accessibility', 'best-practices'] as const).flatMap((c) =>
      (report.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => report.audits[ref.id])
        .filter((a) => a && a.scoreDisplayMode !== 'notApplicable' && a.score !== null && a.score < 1)
        .map((a) => `${c}: ${a?.title}`),
    );
    return { label, scores, failing, performanceRuns: [scores.performance] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Several runs of one page as one: each category's median score (a page's performance score moves
 * by ten points from one run to the next here), and every audit that fell short in any of them.
 */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const [first] = runs;
  if (!first) throw new Error('no Lighthouse runs to combine');
  const median = (values: (number | null)[]) => {
    const scored = values.filter((v): v is number => v !== null);
    return scored.length ? Math.round(summarize(scored).median) : null;
  };
  return {
    label: first.label,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<
      Category,
      number | null
    >,
    failing: [...new Set(runs.flatMap((r) => r.failing))],
    performanceRuns: runs.flatMap((r) => r.performanceRuns),
  };
}
