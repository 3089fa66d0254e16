import type { AppStore } from '../store/store';

/**
 * Presenting asks for full screen; a refusal (no user gesture, a kiosk, an iframe) just means
 * presenting in the window. Leaving full screen with the browser's own Esc, which the page never
 * sees as a key, also ends the presentation.
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
    store.getState().setMode('explore');
  };
  document.addEventListener('fullscreenchange', onChange);
  return () => {
    off();
    document.removeEventListener('fullscreenchange', onChange);
  };
}
