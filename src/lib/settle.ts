/**
 * Calls `fn` once `quietMs` have passed since the last `poke`: for work that should wait until a
 * burst (a scroll, a drag) has stopped, and then run once.
 */
export function whenQuiet(fn: () => void, quietMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    poke(): void {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        fn();
      }, quietMs);
    },
    cancel(): void {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
