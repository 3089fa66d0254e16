import { type AppStore, deckEvents, slideIndex } from '../store/store';

/** Marks the auto-play controls: using them is not an interruption. */
export const AUTOPLAY_CONTROLS_ATTR = 'data-autoplay-controls';

/**
 * Advances the slides every `autoplay.seconds` while auto-play is on, and stops after the last.
 * Any key, click or wheel by the presenter pauses it: they have taken over.
 */
export function bindAutoplay(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const { mode, autoplay } = store.getState();
    if (mode !== 'present' || !autoplay.on) return;
    timer = setTimeout(() => {
      const s = store.getState();
      const lastPart = s.slidePart >= 0 && s.slidePart >= s.slideParts - 1;
      if (slideIndex(s) >= deckEvents(s).length - 1 && lastPart) s.setAutoplay({ on: false });
      else s.stepSlide(1);
    }, autoplay.seconds * 1000);
  };
  const off = store.subscribe(
    (s) => `${s.mode}|${s.autoplay.on}|${s.autoplay.seconds}|${s.slideId}|${s.slidePart}`,
    schedule,
    { fireImmediately: true },
  );
  const interrupt = (e: Event) => {
    const s = store.getState();
    if (!s.autoplay.on) return;
    if (e.target instanceof Element && e.target.closest(`[${AUTOPLAY_CONTROLS_ATTR}]`)) return;
    s.setAutoplay({ on: false });
  };
  const inputs = ['keydown', 'pointerdown', 'wheel'] as const;
  for (const type of inputs) window.addEventListener(type, interrupt, { capture: true, passive: true });
  return () => {
    off();
    clearTimeout(timer);
    for (const type of inputs) window.removeEventListener(type, interrupt, { capture: true });
  };
}
