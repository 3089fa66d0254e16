import type { AppStore } from '../store/store';

/**
 * Presenting asks for full screen; a refusal (no user gesture, a kiosk, an iframe) just means
 * presenting in the window. Leaving full screen with the browser's own Esc, which the page never
 * sees as a key, also ends the presentation (or, during a journey, the journey).
 */
export function bindFullscreen(store: AppStore): () => void {
  let ours = false;
  const off = store.subscribe(
    (s) => s.mode,
    (mode) => {
      if (mode === 'present' && document.fullscreenEnabled && !document.fullscreenElement) {
        document.documentElement.requestFullscreen().then(
          () => {
            ours = true;
          },
          () => {
            ours = false;
          },
        );
      } else if (mode === 'explore' && ours && document.fullscreenElement) {
        ours = false;
        document.exitFullscreen().catch(() => undefined);
      }
    },
  );
  const onChange = () => {
    if (document.fullscreenElement || !ours) return;
    ours = false;
    // During a journey that Esc meant the journey: it ends, and the talk goes on in the window.
    const s = store.getState();
    if (s.journey) s.stopJourney();
    else s.setMode('explore');
  };
  document.addEventListener('fullscreenchange', onChange);
  return () => {
    off();
    document.removeEventListener('fullscreenchange', onChange);
  };
}
