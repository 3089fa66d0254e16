export interface Summary {
  median: number;
  min: number;
  max: number;
  /** The 95th percentile (nearest rank), for figures sampled many times. */
  p95: number;
  n: number;
}

/**
 * In how many rounds `a` came no later than `b`, round i of each taken together (the bench loads
 * every page once a round, so a burst of load from elsewhere hits both).
 */
export function roundsNoLater(a: number[], b: number[]): { won: number; rounds: number } {
  const rounds = Math.min(a.length, b.length);
  let won = 0;
  for (let i = 0; i < rounds; i++) if ((a[i] ?? Number.POSITIVE_INFINITY) <= (b[i] ?? 0)) won++;
  return { won, rounds };
}

export function summarize(values: number[]): Summary {
  if (values.length === 0) throw new Error('no samples to summarize');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 ? (sorted[Math.floor(mid)] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, p95: at(0.95), n: sorted.length };
}
