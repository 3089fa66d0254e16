/** Readers who ask for less motion get jumps instead of flights and smooth scrolls. */
export const prefersReducedMotion = (): boolean =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;
