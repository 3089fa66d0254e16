import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inFrameAfterNext } from './after-paint';

describe('inFrameAfterNext', () => {
  // Node has no frames: one is a 16 ms timer here, on fake time.
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) =>
      setTimeout(() => cb(Date.now()), 16),
    );
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const frame = () => vi.advanceTimersByTime(16);

  it('leaves the next frame alone and runs at the start of the one after', () => {
    const fn = vi.fn();
    inFrameAfterNext(fn);
    frame();
    expect(fn).not.toHaveBeenCalled();
    frame();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled, before or after the first frame', () => {
    const early = vi.fn();
    inFrameAfterNext(early)();
    const late = vi.fn();
    const cancel = inFrameAfterNext(late);
    frame();
    cancel();
    frame();
    frame();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
