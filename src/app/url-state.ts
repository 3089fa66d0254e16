import type { TextMode } from '../store/store';
import type { Lang } from '../story/schema';

export interface UrlState {
  event?: string;
  lang?: Lang;
  text?: TextMode;
}

/** Reads `#event=<id>&lang=en&text=both`; unknown values are ignored, not trusted. */
export function parseHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: UrlState = {};
  const event = params.get('event');
  if (event) out.event = event;
  const lang = params.get('lang');
  if (lang === 'zh' || lang === 'en') out.lang = lang;
  const text = params.get('text');
  if (text === 'zh' || text === 'en' || text === 'both') out.text = text;
  return out;
}

export function buildHash(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  if (state.lang) params.set('lang', state.lang);
  if (state.text) params.set('text', state.text);
  return `#${params.toString()}`;
}
