import type { AppStore } from '../store/store';

// A dialog (choosing the lesson) keeps its keys: P there is a letter, not "present".
const TYPING = 'input, textarea, select, [contenteditable="true"], dialog';

/** Story-wide keys: ArrowLeft/ArrowRight walk the events, Home/End jump to the first and last. */
export function bindKeys(store: AppStore): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.target instanceof Element && e.target.closest(TYPING)) return;
    // The map pans with arrow keys when it has focus.
    if (e.target instanceof Element && e.target.closest('.maplibregl-canvas')) return;
    const s = store.getState();
    if (s.mode !== 'explore') return;
    if (e.key === 'ArrowRight') s.step(1, 'nav');
    else if (e.key === 'ArrowLeft') s.step(-1, 'nav');
    else if (e.key === 'Home') s.goToEdge('first', 'nav');
    else if (e.key === 'End') s.goToEdge('last', 'nav');
    else return;
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
