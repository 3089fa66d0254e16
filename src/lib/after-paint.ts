/** Runs `fn` once the browser has painted the next frame: heavy work then no longer delays what is already rendered. */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Runs `fn` at the start of the frame after the next: the next frame is painted without waiting
 * for it. Returns a function that cancels it.
 */
export function inFrameAfterNext(fn: () => void): () => void {
  let inner = 0;
  const outer = requestAnimationFrame(() => {
    inner = requestAnimationFrame(fn);
  });
  return () => {
    cancelAnimationFrame(outer);
    cancelAnimationFrame(inner);
  };
}

/** What the page marks with `elementtiming` for `presented`: text that the explorer's first screen shows. */
export const FIRST_SCREEN = 'first-screen';

declare module 'react' {
  interface HTMLAttributes<T> {
    /** Element Timing: the browser reports when this element's text is first on screen. */
    elementtiming?: string;
  }
}

/**
 * Resolves once the browser reports an element marked `elementtiming={id}` on screen (Element
 * Timing reports a frame the GPU has shown, not one it was given), or after `within` ms, as it
 * does at once in a browser that does not report it.
 */
export function presented(id: string, within: number): Promise<void> {
  if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('element')) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntries().some((e) => (e as PerformanceEntry & { identifier: string }).identifier === id))
        return;
      done();
    });
    const timer = setTimeout(() => done(), within);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe({ type: 'element', buffered: true });
  });
}
