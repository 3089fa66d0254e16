import type { AppStore } from '../store/store';
import { buildHash, parseHash } from './url-state';

/**
 * Mirrors the store in the URL hash: each chosen event is a history entry, so Back and
 * Forward walk the events visited; language changes replace the entry.
 */
export function bindUrl(store: AppStore): () => void {
  const current = () => {
    const s = store.getState();
    return buildHash({ event: s.activeEventId ?? undefined, lang: s.lang, text: s.text });
  };
  const apply = () => {
    const url = parseHash(window.location.hash);
    const s = store.getState();
    if (url.lang && url.lang !== s.lang) s.setLang(url.lang);
    if (url.text && url.text !== s.text) s.setText(url.text);
    if ((url.event ?? null) !== s.activeEventId) s.activate(url.event ?? null, 'url');
  };
  apply();
  const write = (push: boolean) => {
    const hash = current();
    if (hash === window.location.hash) return;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${current()}`);
  const offs = [
    store.subscribe(
      (s) => s.activation,
      () => {
        const { origin } = store.getState();
        // Reading along is not a visit: scrolling the article replaces the entry instead of piling up
        // history, once, when the scrolling stops.
        // Nor is turning a slide: a talk would leave dozens of entries behind.
        if (origin !== 'url') write(origin !== 'article' && origin !== 'present');
      },
    ),
    store.subscribe(
      (s) => `${s.lang}|${s.text}`,
      () => write(false),
    ),
  ];
  window.addEventListener('popstate', apply);
  return () => {
    for (const off of offs) off();
    window.removeEventListener('popstate', apply);
  };
}
