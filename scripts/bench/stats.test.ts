import { describe, expect, it } from 'vitest';
import { roundsNoLater, summarize } from './stats';

describe('bench statistics', () => {
  it('counts the rounds in which the first page was no later than the second, round by round', () => {
    // Medians 500 vs 600 would pass; round by round the app was earlier in only 4 of 7.
    const app = [500, 700, 450, 650, 480, 620, 300];
    const reference = [600, 600, 600, 600, 600, 600, 600];
    expect(summarize(app).median).toBeLessThan(summarize(reference).median);
    expect(roundsNoLater(app, reference)).toEqual({ won: 4, rounds: 7 });
  });

  it('counts only the rounds both have, and a tie as no later', () => {
    expect(roundsNoLater([100, 200, 300], [100, 150])).toEqual({ won: 1, rounds: 2 });
  });
});
