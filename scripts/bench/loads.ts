import type { Browser } from '@playwright/test';
import { BYTE_KINDS, type Bytes, ColdPage } from './browser';
import { type Summary, summarize } from './stats';

/** A page the bench loads cold, and the user-timing marks that say it has loaded. */
export interface Subject {
  key: string;
  label: string;
  path: string;
  /** A whole address instead of a path on the bench's server (the one-file edition's file:// URL). */
  url?: string;
  marks: { ready: string; interactive?: string };
}

export interface LoadSample {
  readyMs: number;
  interactiveMs: number | null;
  /** Long tasks' time over 50 ms, summed, of those that started before the page was ready. */
  blockingMs: number;
  bytes: Bytes;
  heapBytes: number;
  /** Cumulative layout shift up to the moment the network is idle (shifts after input excluded). */
  cls: number;
}

export interface LoadSummary {
  readyMs: Summary;
  interactiveMs: Summary | null;
  blockingMs: Summary;
  bytes: Record<keyof Bytes | 'total', Summary>;
  heapBytes: Summary;
  cls: Summary;
  /** Each load's ready and interactive time, in the order of the rounds. */
  rounds: { readyMs: number[]; interactiveMs: number[] };
  /** Requests to other origins, over all loads (the URLs are printed, not kept). */
  externalRequests: number;
  errors: string[];
}

/** The page's layout shifts so far, summed: the buffered entries arrive in the observer's first callback. */
function layoutShift(cold: ColdPage): Promise<number> {
  return cold.page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 250);
      }),
  );
}

export async function coldLoad(browser: Browser, origin: string, subject: Subject, timeout?: number) {
  const cold = await ColdPage.open(browser, origin);
  try {
    await cold.page.goto(subject.url ?? `${origin}${subject.path}`);
    const names = [subject.marks.ready, ...(subject.marks.interactive ? [subject.marks.interactive] : [])];
    const marks = await cold.marks(names, timeout);
    // Whatever the page still fetches after it is ready (font subsets, late chunks) is part of its weight.
    await cold.page.waitForLoadState('networkidle').catch(() => undefined);
    const readyMs = marks[subject.marks.ready] ?? -1;
    const sample: LoadSample = {
      readyMs,
      interactiveMs: subject.marks.interactive ? (marks[subject.marks.interactive] ?? -1) : null,
      blockingMs: await cold.blockingMs(readyMs),
      bytes: await cold.bytes(),
      heapBytes: await cold.heap(),
      cls: await layoutShift(cold),
    };
    return { sample, external: cold.external, errors: cold.errors };
  } finally {
    await cold.close();
  }
}

export function summarizeLoads(samples: LoadSample[], external: string[], errors: string[]): LoadSummary {
  const interactive = samples.flatMap((s) => (s.interactiveMs === null ? [] : [s.interactiveMs]));
  const total = samples.map((s) => BYTE_KINDS.reduce((sum, k) => sum + s.bytes[k], 0));
  return {
    readyMs: summarize(samples.map((s) => s.readyMs)),
    interactiveMs: interactive.length ? summarize(interactive) : null,
    blockingMs: summarize(samples.map((s) => s.blockingMs)),
    bytes: {
      ...(Object.fromEntries(BYTE_KINDS.map((k) => [k, summarize(samples.map((s) => s.bytes[k]))])) as Record<
        keyof Bytes,
        Summary
      >),
      total: summarize(total),
    },
    heapBytes: summarize(samples.map((s) => s.heapBytes)),
    cls: summarize(samples.map((s) => s.cls)),
    rounds: { readyMs: samples.map((s) => s.readyMs), interactiveMs: interactive },
    externalRequests: external.length,
    errors: [...new Set(errors)],
  };
}

/**
 * Loads every subject `runs` times, one round at a time, so a burst of load from elsewhere on the
 * machine hits all of them rather than one.
 */
export async function measureLoads(
  browser: Browser,
  origin: string,
  subjects: Subject[],
  runs: number,
): Promise<Record<string, LoadSummary>> {
  const collected = new Map(
    subjects.map((s) => [
      s.key,
      { samples: [] as LoadSample[], external: [] as string[], errors: [] as string[] },
    ]),
  );
  for (let run = 1; run <= runs; run++) {
    for (const subject of subjects) {
      const { sample, external, errors } = await coldLoad(browser, origin, subject);
      const into = collected.get(subject.key);
      into?.samples.push(sample);
      into?.external.push(...external);
      for (const url of new Set(external))
        console.warn(`  ${subject.label} requested another origin: ${url}`);
      into?.errors.push(...errors);
      const interactive =
        sample.interactiveMs === null ? '' : `, interactive ${Math.round(sample.interactiveMs)} ms`;
      console.log(
        `  [${run}/${runs}] ${subject.label}: ready ${Math.round(sample.readyMs)} ms${interactive}, blocking ${Math.round(sample.blockingMs)} ms`,
      );
    }
  }
  return Object.fromEntries(
    [...collected].map(([key, c]) => [key, summarizeLoads(c.samples, c.external, c.errors)]),
  );
}
