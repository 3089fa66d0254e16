import { afterEach, beforeEach, vi } from 'vitest';

/**
 * For tests of work done frame by frame. Node has no frames: here one is a 16 ms timer on fake time.
 * Returns a function that lets one frame pass.
 */
export function fakeFrames(): () => void {
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
  return () => vi.advanceTimersByTime(16);
}
