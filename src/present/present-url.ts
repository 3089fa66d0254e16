import { type AppStore, slideIndex } from '../store/store';

/** The audience window shows the map and the caption; the presenter window shows notes and what comes next. */
export type PresentRole = 'audience' | 'presenter';

const ROLE_PARAM: Record<PresentRole, string> = { audience: 'present', presenter: 'presenter' };
const OWN_PARAMS = ['present', 'presenter', 'slide'];

export interface PresentQuery {
  role: PresentRole | null;
  /** 1-based, as people count slides. */
  slide: number | null;
  handout: boolean;
}

/** Reads `?present&slide=3`, `?presenter&slide=3` or `?handout`; a bad slide number is ignored. */
export function parsePresentQuery(search: string): PresentQuery {
  const params = new URLSearchParams(search);
  const role = params.has('presenter') ? 'presenter' : params.has('present') ? 'audience' : null;
  const slide = Number(params.get('slide'));
  return {
    role,
    slide: Number.isInteger(slide) && slide >= 1 ? slide : null,
    handout: params.has('handout'),
  };
}

/**
 * The query with a role and its slide, or with neither when `slide` is null; other parameters
 * (`?story=`) are kept. Flags stay bare (`?present`, not `?present=`) so links read as written.
 */
export function presentSearch(search: string, role: PresentRole, slide: number | null): string {
  const params = [...new URLSearchParams(search)].filter(([key]) => !OWN_PARAMS.includes(key));
  if (slide !== null) params.push([ROLE_PARAM[role], ''], ['slide', String(slide)]);
  const query = params
    .map(([key, value]) =>
      value === '' ? encodeURIComponent(key) : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`,
    )
    .join('&');
  return query ? `?${query}` : '';
}

/**
 * Keeps the slide in the query so a reload or a shared link lands on it. The query is replaced,
 * never pushed: the hash (bind-url) owns the history of visited events.
 */
export function bindPresentUrl(store: AppStore, role: PresentRole): () => void {
  const query = parsePresentQuery(window.location.search);
  const state = store.getState();
  if (role === 'presenter' || query.role === 'audience') {
    state.setMode('present');
    if (query.slide !== null) state.goToSlide(query.slide - 1);
  }
  const write = () => {
    const s = store.getState();
    const slide = s.mode === 'present' ? Math.max(slideIndex(s), 0) + 1 : null;
    const { pathname, search, hash } = window.location;
    const next = presentSearch(search, role, slide);
    if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
  };
  write();
  return store.subscribe((s) => `${s.mode}:${slideIndex(s)}`, write);
}

/** The presenter window's address: this story, on this slide, in this language (the hash carries it). */
export function presenterUrl(slide: number): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${presentSearch(search, 'presenter', slide)}${hash}`;
}
