import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from './settle';

describe('whenQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, the given time after the last poke of a burst', () => {
    const fn = vi.fn();
    const quiet = whenQuiet(fn, 150);
    for (let i = 0; i < 10; i++) {
      quiet.poke();
      vi.advanceTimersByTime(100);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs again after a later burst, and not at all once cancelled', () => {
    const fn = vi.fn();
    const quiet = whenQuiet(fn, 150);
    quiet.poke();
    vi.advanceTimersByTime(150);
    quiet.poke();
    vi.advanceTimersByTime(150);
    expect(fn).toHaveBeenCalledTimes(2);
    quiet.poke();
    quiet.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
