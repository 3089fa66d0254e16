import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import config from '../../playwright.config';
import { chromiumPath } from '../chromium-path.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  label: string;
  /** 0–100 per category; null where Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Audits below a full score in accessibility and best practices: what to fix. */
  failing: string[];
}

interface Report {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
}

/**
 * Lighthouse 12.2 (the last that runs on Node 20), desktop preset, with the e2e tests' Chromium and
 * software WebGL, in its own browser: one run per page.
 */
export async function lighthouse(url: string, label: string): Promise<LighthouseRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const out = join(dir, 'report.json');
  const flags = ['--headless=new', ...(config.use?.launchOptions?.args ?? [])].join(' ');
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
    return { label, scores, failing };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
