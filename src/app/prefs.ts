import { browserLang } from '../i18n/messages';
import type { AppStore, Initial } from '../store/store';
import { parseHash } from './url-state';

const KEY = 'silk-road-story-map:prefs';

/** The reader's language and display choices: the link first, then what they chose last time, then the browser. */
export function initialPrefs(): Initial {
  let saved: Partial<Initial> = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Initial>;
  } catch {
    // Unreadable storage (private mode, bad JSON) just means no saved choices.
  }
  const url = parseHash(window.location.hash);
  const lang =
    url.lang ?? (saved.lang === 'zh' || saved.lang === 'en' ? saved.lang : browserLang(navigator.languages));
  return { lang, text: url.text ?? saved.text ?? lang, highContrast: saved.highContrast === true };
}

export function rememberPrefs(store: AppStore): () => void {
  return store.subscribe(
    (s) => JSON.stringify({ lang: s.lang, text: s.text, highContrast: s.highContrast }),
    (json) => {
      try {
        localStorage.setItem(KEY, json);
      } catch {
        // Storage full or blocked: the choice still applies for this visit.
      }
    },
  );
}
