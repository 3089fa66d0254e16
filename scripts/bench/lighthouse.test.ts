import { describe, expect, it } from 'vitest';
import { type LighthouseRun, medianRun } from './lighthouse';

const run = (performance: number | null, accessibility: number, failing: string[] = []): LighthouseRun => ({
  label: 'app',
  scores: { performance, accessibility, 'best-practices': 100, seo: 100 },
  failing,
  performanceRuns: [performance],
});

describe('Lighthouse runs of one page as one', () => {
  it('keeps each category’s median and every run’s performance score', () => {
    const page = medianRun([run(71, 100), run(86, 98), run(80, 100)]);
    expect(page.scores.performance).toBe(80);
    expect(page.scores.accessibility).toBe(100);
    expect(page.performanceRuns).toEqual([71, 86, 80]);
  });

  it('names an audit that fell short in any run, once', () => {
    const short = 'accessibility: Buttons have an accessible name';
    expect(medianRun([run(80, 98, [short]), run(80, 98, [short]), run(80, 100)]).failing).toEqual([short]);
  });

  it('leaves out runs that could not score a category', () => {
    expect(medianRun([run(null, 100), run(70, 100), run(90, 100)]).scores.performance).toBe(80);
  });
});
