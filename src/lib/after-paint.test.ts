import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inFrameAfterNext, presented } from './after-paint';
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

describe('presented', () => {
  /** A browser that reports elements: `show` reports one as on screen. */
  function elementTiming() {
    let report: ((list: { getEntries: () => { identifier: string }[] }) => void) | undefined;
    const disconnect = vi.fn();
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        static supportedEntryTypes = ['element'];
        constructor(callback: typeof report) {
          report = callback;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    return {
      show: (identifier: string) => report?.({ getEntries: () => [{ identifier }] }),
      disconnect,
    };
  }
  const settled = (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => {
      done = true;
    });
    return async () => {
      await Promise.resolve();
      return done;
    };
  };

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('resolves when the marked element is on screen, not for another one', async () => {
    const browser = elementTiming();
    const isDone = settled(presented('first-screen', 1000));
    browser.show('something-else');
    expect(await isDone()).toBe(false);
    browser.show('first-screen');
    expect(await isDone()).toBe(true);
    expect(browser.disconnect).toHaveBeenCalled();
  });

  it('waits no longer than it is given', async () => {
    elementTiming();
    const isDone = settled(presented('first-screen', 1000));
    vi.advanceTimersByTime(999);
    expect(await isDone()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await isDone()).toBe(true);
  });

  it('resolves at once in a browser that does not report elements', async () => {
    vi.stubGlobal('PerformanceObserver', { supportedEntryTypes: ['mark'] });
    expect(await settled(presented('first-screen', 1000))()).toBe(true);
  });
});
