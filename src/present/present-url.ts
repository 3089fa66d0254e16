import type { AppStore } from '../store/store';
import { slideIndex } from '../store/store';

/** The audience window shows the map and the caption; the presenter window shows notes and what comes next. */
export type PresentRole = 'audience' | 'presenter';

const ROLE_PARAM: Record<PresentRole, string> = { audience: 'present', presenter: 'presenter' };
const OWN_PARAMS = ['present', 'presenter', 'slide', 'events'];

export interface PresentQuery {
  role: PresentRole | null;
  /** 1-based, as people count slides. */
  slide: number | null;
  handout: boolean;
  /** A lesson: the events to present, in the order given (`events=<id>,<id>`). */
  events: string[] | null;
  /** `layout=pages` prints one event a page; otherwise several share a page. */
  layout: 'compact' | 'pages';
}

/** Reads `?present&slide=3`, `?presenter&slide=3` or `?handout`; a bad slide number is ignored. */
export function parsePresentQuery(search: string): PresentQuery {
  const params = new URLSearchParams(search);
  const role = params.has('presenter') ? 'presenter' : params.has('present') ? 'audience' : null;
  const slide = Number(params.get('slide'));
  const events = (params.get('events') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return {
    role,
    slide: Number.isInteger(slide) && slide >= 1 ? slide : null,
    handout: params.has('handout'),
    events: events.length > 0 ? events : null,
    layout: params.get('layout') === 'pages' ? 'pages' : 'compact',
  };
}

/**
 * The query with a role and its slide, or with neither when `slide` is null; other parameters
 * (`?story=`) are kept. Flags stay bare (`?present`, not `?present=`) so links read as written.
 */
export function presentSearch(
  search: string,
  role: PresentRole,
  slide: number | null,
  events: string[] | null = null,
): string {
  const params = [...new URLSearchParams(search)].filter(([key]) => !OWN_PARAMS.includes(key));
  if (slide !== null) params.push([ROLE_PARAM[role], ''], ['slide', String(slide)]);
  const query = params
    .map(([key, value]) =>
      value === '' ? encodeURIComponent(key) : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`,
    )
    // The lesson's commas stay commas, so the link reads as the list it is.
    .concat(events ? [`events=${events.map(encodeURIComponent).join(',')}`] : [])
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
  if (query.events) state.setLesson(query.events);
  if (role === 'presenter' || query.role === 'audience') {
    state.setMode('present');
    if (query.slide !== null) state.goToSlide(query.slide - 1);
  }
  const write = () => {
    const s = store.getState();
    // The presenter's window stays the presenter's while the talk is paused: a reload must not open the explorer.
    if (role === 'presenter' && s.mode !== 'present') return;
    const slide = s.mode === 'present' ? Math.max(slideIndex(s), 0) + 1 : null;
    const { pathname, search, hash } = window.location;
    const next = presentSearch(search, role, slide, s.lesson);
    if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
  };
  write();
  return store.subscribe((s) => `${s.mode}:${slideIndex(s)}:${s.lesson?.join()}`, write);
}

/** The presenter window's address: this story and lesson, on this slide, in this language (the hash carries it). */
export function presenterUrl(slide: number, lesson: string[] | null): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${presentSearch(search, 'presenter', slide, lesson)}${hash}`;
}
