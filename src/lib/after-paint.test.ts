import { describe, expect, it, vi } from 'vitest';
import { inFrameAfterNext } from './after-paint';
import { fakeFrames } from './fake-frames';

describe('inFrameAfterNext', () => {
  const frame = fakeFrames();

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
