import type { AppStore, TextMode } from '../store/store';
import { CATEGORIES } from '../story/format';
import type { Category, Lang } from '../story/schema';
import type { PresentRole } from './present-url';

export const PRESENT_CHANNEL = 'silk-road-story-map:present';
/**
 * Held by the audience window while it presents. The browser releases it when that window goes,
 * however it goes: a closing window's last message (`pagehide`) can be lost as it is torn down.
 */
const AUDIENCE_LOCK = 'silk-road-story-map:audience';

/**
 * What the two windows tell each other. The audience owns the deck (its hidden categories) and
 * the languages, so only it sends `hidden`, `lang` and `text`; either window sends the slide it moved to.
 */
interface Display {
  hidden: Category[];
  lang: Lang;
  text: TextMode;
}
type Message = { type: 'hello' } | { type: 'end' } | { type: 'slide'; id: string; display?: Display };

function parse(data: unknown): Message | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'hello') return { type: 'hello' };
  if (m.type === 'end') return { type: 'end' };
  if (m.type !== 'slide' || typeof m.id !== 'string') return null;
  const d = (typeof m.display === 'object' && m.display !== null ? m.display : null) as Record<
    string,
    unknown
  > | null;
  if (!d || !Array.isArray(d.hidden)) return { type: 'slide', id: m.id };
  const hidden = CATEGORIES.filter((c) => (d.hidden as unknown[]).includes(c));
  const lang: Lang = d.lang === 'zh' ? 'zh' : 'en';
  const text: TextMode = d.text === 'zh' || d.text === 'en' ? d.text : 'both';
  return { type: 'slide', id: m.id, display: { hidden, lang, text } };
}

/**
 * Keeps the audience and presenter windows on the same slide, in both directions, through a
 * BroadcastChannel: same origin, no server.
 */
export function bindPresentSync(store: AppStore, role: PresentRole): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(PRESENT_CHANNEL);
  // A slide that arrived from the other window is not sent back: two quick presses would ping-pong.
  let applying = false;

  const current = (): Message | null => {
    const s = store.getState();
    if (s.mode !== 'present' || !s.slideId) return null;
    return role === 'audience'
      ? { type: 'slide', id: s.slideId, display: { hidden: s.hiddenCategories, lang: s.lang, text: s.text } }
      : { type: 'slide', id: s.slideId };
  };
  const send = () => {
    const message = current();
    if (message && !applying) channel.postMessage(message);
  };

  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  /** The audience: lets go of the lock. The presenter: stops waiting on it. */
  let release: (() => void) | null = null;
  let unbound = false;
  // The audience holds the lock while it presents: asked for before its first slide is sent.
  const hold = (presenting: boolean) => {
    if (!locks || role !== 'audience' || presenting === (release !== null)) return;
    if (!presenting) {
      release?.();
      release = null;
      return;
    }
    const letGo = new Promise<void>((resolve) => {
      release = resolve;
    });
    void locks.request(AUDIENCE_LOCK, () => letGo);
  };
  // The presenter waits on the lock from the audience's first slide: it is granted once the
  // audience has let go of it, for good unless the audience is already asking for it again.
  const watch = () => {
    if (!locks || release) return;
    const stop = new AbortController();
    release = () => stop.abort();
    locks
      .request(AUDIENCE_LOCK, { signal: stop.signal }, async () => {
        release = null;
        const { pending } = await locks.query();
        if (unbound) return;
        if (pending?.some((lock) => lock.name === AUDIENCE_LOCK)) watch();
        else if (store.getState().mode === 'present') store.getState().setMode('explore');
      })
      .catch(() => undefined);
  };

  channel.onmessage = (e: MessageEvent) => {
    const message = parse(e.data);
    const s = store.getState();
    if (!message) return;
    // The audience left the talk (Esc, or its window closed): the presenter says so, and picks up
    // again when the audience starts presenting.
    if (role === 'presenter' && message.type === 'end') {
      s.setMode('explore');
      return;
    }
    if (role === 'presenter' && message.type === 'slide' && s.mode !== 'present') s.setMode('present');
    if (role === 'presenter' && message.type === 'slide') watch();
    if (store.getState().mode !== 'present' || message.type === 'end') return;
    if (message.type === 'hello') {
      if (role === 'audience') send();
      return;
    }
    applying = true;
    try {
      if (role === 'presenter' && message.display) {
        s.setHiddenCategories(message.display.hidden);
        s.setLang(message.display.lang);
        s.setText(message.display.text);
      }
      if (message.id !== store.getState().activeEventId) s.activate(message.id, 'present');
    } finally {
      applying = false;
    }
  };

  const offHold = store.subscribe(
    (s) => s.mode === 'present',
    (presenting) => hold(presenting),
  );
  hold(store.getState().mode === 'present');
  const off = store.subscribe(
    (s) => `${s.mode}|${s.slideId}|${s.hiddenCategories.join()}|${s.lang}|${s.text}`,
    send,
  );
  const end = () => channel.postMessage({ type: 'end' } satisfies Message);
  const offEnd =
    role === 'audience'
      ? store.subscribe(
          (s) => s.mode,
          (mode) => mode === 'explore' && end(),
        )
      : () => undefined;
  const onHide = () => {
    if (store.getState().mode === 'present') end();
  };
  if (role === 'audience') window.addEventListener('pagehide', onHide);
  if (role === 'presenter') channel.postMessage({ type: 'hello' } satisfies Message);
  return () => {
    off();
    offHold();
    unbound = true;
    release?.();
    offEnd();
    window.removeEventListener('pagehide', onHide);
    channel.close();
  };
}
