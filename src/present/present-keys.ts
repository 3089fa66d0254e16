import { type AppStore, deckEvents } from '../store/store';
import type { PresentRole } from './present-url';

const TYPING = 'input, textarea, select, [contenteditable="true"], dialog';
/** Marks the caption's passage, which is set to fit and never scrolls. */
export const PASSAGE_ATTR = 'data-slide-passage';

/**
 * Clicker and keyboard control of the slides: ArrowRight/PageDown/Space forward, ArrowLeft/PageUp/Shift+Space back,
 * Home/End, a typed number and Enter to jump; Esc leaves. `P` starts presenting from the explorer.
 * Listens in the capture phase so the focused map does not pan with keys meant for the slides.
 */
export function bindPresentKeys(store: AppStore, role: PresentRole): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest(TYPING)) return;
    const s = store.getState();
    // Esc during a journey ends the journey (the map's control), not the talk.
    if (e.key === 'Escape' && s.journey) return;
    if (s.mode !== 'present') {
      if (role === 'audience' && (e.key === 'p' || e.key === 'P')) s.setMode('present');
      else return;
    } else if (!handle(store, role, e.key, e.shiftKey, !!target?.closest('button, a[href]'))) return;
    e.preventDefault();
    e.stopPropagation();
  };
  window.addEventListener('keydown', onKey, true);
  return () => window.removeEventListener('keydown', onKey, true);
}

/** Applies one key in present mode; false leaves the key to the browser. */
function handle(
  store: AppStore,
  role: PresentRole,
  key: string,
  shift: boolean,
  onControl: boolean,
): boolean {
  const s = store.getState();
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      s.stepSlide(1);
      return true;
    case 'ArrowLeft':
    case 'PageUp':
      s.stepSlide(-1);
      return true;
    case ' ':
      // A focused button takes Space as a press, as keyboard users expect.
      if (onControl) return false;
      s.stepSlide(shift ? -1 : 1);
      return true;
    case 'Home':
      s.goToSlide(0);
      return true;
    case 'End':
      s.goToSlide(deckEvents(s).length - 1);
      return true;
    case 'Backspace':
      if (!s.typedSlide) return false;
      s.setTypedSlide(s.typedSlide.slice(0, -1));
      return true;
    case 'Enter':
      if (!s.typedSlide) return false;
      s.goToSlide(Number(s.typedSlide) - 1);
      return true;
    case 'Escape':
      if (s.typedSlide) s.setTypedSlide('');
      else if (role === 'audience') s.setMode('explore');
      else return false;
      return true;
    default:
      if (!/^[0-9]$/.test(key)) return false;
      s.setTypedSlide(s.typedSlide + key);
      return true;
  }
}
