import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Article } from '../article/Article';
import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { FIRST_SCREEN, presented } from '../lib/after-paint';
import { MapView } from '../map/MapView';
import { bindPresentation } from '../present/bind-presentation';
import type { DrawMap } from '../present/Handout';
import type { SlideMap } from '../present/PresenterView';
import { parsePresentQuery } from '../present/present-url';
import { useHandout } from '../present/use-handout';
import { type AppStore, activeEvent } from '../store/store';
import { StoreContext, useApp } from '../store/use-app';
import { Timeline } from '../timeline/Timeline';
import { bindUrl } from './bind-url';
import { ErrorScreen } from './ErrorScreen';
import { EventCard } from './EventCard';
import { Header } from './Header';
import { type HandoutMaps, loadHandoutMaps } from './handout-maps';
import { bindKeys } from './keyboard';
import { rememberPrefs } from './prefs';
import { StoryDrop, useStoryOpener } from './story-drop';
import { useMediaQuery } from './use-media-query';
import './presenting.css';

/**
 * The explorer's map is made once its first screen is shown (the header's name, marked
 * `FIRST_SCREEN`), or a second at most. Presenting, the map is most of the screen: it comes at once.
 */
const firstScreenShown = () => presented(FIRST_SCREEN, 1000);

// Presenting, the presenter's window and the handout load when asked for: a reader's visit does
// not carry them.
const Presentation = lazy(() => import('../present/Presentation').then((m) => ({ default: m.Presentation })));
const PresenterView = lazy(() =>
  import('../present/PresenterView').then((m) => ({ default: m.PresenterView })),
);
const Handout = lazy(() => import('../present/Handout').then((m) => ({ default: m.Handout })));

export function App({ store }: { store: AppStore }) {
  const [query] = useState(() => parsePresentQuery(window.location.search));
  return (
    <StoreContext.Provider value={store}>
      {query.role === 'presenter' ? <Presenter store={store} /> : <Shell store={store} />}
    </StoreContext.Provider>
  );
}

/** The page follows the reader's language and contrast choices. */
function useDocumentPrefs() {
  const lang = useApp((s) => s.lang);
  const highContrast = useApp((s) => s.highContrast);
  useEffect(() => {
    document.documentElement.lang = LANG_TAG[lang];
    document.documentElement.classList.toggle('high-contrast', highContrast);
  }, [lang, highContrast]);
}

/** `?presenter`: the presenter's window, on the same store and story loading, without the map. */
function Presenter({ store }: { store: AppStore }) {
  const t = useT();
  const story = useApp((s) => s.story);
  const loadError = useApp((s) => s.loadError);
  const lang = useApp((s) => s.lang);
  useDocumentPrefs();

  useEffect(() => (story ? bindPresentation(store, 'presenter') : undefined), [story, store]);

  useEffect(() => {
    if (story) document.title = `${t('presenterView')} · ${story.story.title[lang]}`;
  }, [story, lang, t]);

  // The slides' small maps: the handout's SVG renderer, so this window still needs no WebGL.
  const [maps, setMaps] = useState<HandoutMaps | null>(null);
  useEffect(() => {
    let live = true;
    loadHandoutMaps().then(
      (m) => live && setMaps(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const slideMap = useCallback<SlideMap>(
    (event) => {
      if (!story || !maps || event.places.length === 0) return null;
      const names = event.places.flatMap((id) => story.placesById.get(id)?.name[lang] ?? []);
      const { LocatorMap, basemap } = maps;
      return (
        <LocatorMap
          story={story}
          basemap={basemap}
          event={event}
          lang={lang}
          size={{ width: 360, height: 150 }}
          label={t('handoutMap', { places: names.join(lang === 'zh' ? '、' : ', ') })}
        />
      );
    },
    [story, maps, lang, t],
  );

  if (loadError) return <ErrorScreen url={loadError.url} problems={loadError.problems} lang={lang} />;
  if (!story) return <p className="loading">{t('loading')}</p>;
  return (
    <Suspense fallback={<p className="loading">{t('loading')}</p>}>
      <PresenterView slideMap={slideMap} />
    </Suspense>
  );
}

type Tab = 'map' | 'timeline' | 'article';

function Shell({ store }: { store: AppStore }) {
  const t = useT();
  const story = useApp((s) => s.story);
  const loadError = useApp((s) => s.loadError);
  const lang = useApp((s) => s.lang);
  const mode = useApp((s) => s.mode);
  const phone = useMediaQuery('(max-width: 720px), (max-height: 500px)');
  const [tab, setTab] = useState<Tab>('map');
  useDocumentPrefs();
  const [query] = useState(() => parsePresentQuery(window.location.search));
  // The handout's maps are SVG drawn from the basemap, so the handout waits only for that file.
  const maps = useRef<HandoutMaps | null>(null);
  const prepareHandout = useCallback(
    () =>
      loadHandoutMaps().then((m) => {
        maps.current = m;
      }),
    [],
  );
  const drawMap = useCallback<DrawMap>(
    (event, size, label) =>
      story &&
      maps.current && (
        <maps.current.LocatorMap
          story={story}
          basemap={maps.current.basemap}
          event={event}
          lang={lang}
          size={size}
          label={label}
        />
      ),
    [story, lang],
  );
  const handout = useHandout(prepareHandout);
  const opener = useStoryOpener();
  const openHandout = handout.open;

  useEffect(() => {
    if (!story) return;
    // Presentation binds last, so a `?present&slide=` link wins over the event in the hash.
    const offs = [bindUrl(store), bindKeys(store), rememberPrefs(store), bindPresentation(store, 'audience')];
    return () => {
      for (const off of offs) off();
    };
  }, [story, store]);

  // `?handout` shows the handout as soon as the story is in, for printing to PDF; it needs no WebGL.
  useEffect(() => {
    if (story && query.handout) void openHandout('screen');
  }, [story, query.handout, openHandout]);

  useEffect(() => {
    if (story) document.title = `${story.story.title[lang]} · ${t('appName')}`;
  }, [story, lang, t]);

  // Layout effects run before the map's own effects: the timeline and article are in the DOM and
  // usable here, and the reader is not held back by the map drawing.
  useLayoutEffect(() => {
    if (story && !performance.getEntriesByName('app:interactive').length) performance.mark('app:interactive');
  }, [story]);

  const onMapReady = useCallback(() => {
    performance.mark('app:ready');
    document.documentElement.dataset.ready = 'true';
  }, []);

  if (loadError) return <ErrorScreen url={loadError.url} problems={loadError.problems} lang={lang} />;
  if (!story) return <p className="loading">{t('loading')}</p>;

  const showArticle = () => setTab('article');
  return (
    <div
      className={`app ${phone ? `phone tab-${tab}` : 'desktop'}${mode === 'present' ? ' presenting' : ''}`}
    >
      <Header onShowArticle={showArticle} onOpenFile={opener.pick} />
      {phone && (
        <div className="tabs" role="tablist" aria-label={t('appName')}>
          {(['map', 'timeline', 'article'] as const).map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              onClick={() => setTab(id)}
            >
              {t(id)}
            </button>
          ))}
        </div>
      )}
      <main className="workspace">
        <div
          className="panel-map"
          id="panel-map"
          role={phone ? 'tabpanel' : undefined}
          hidden={phone && tab !== 'map'}
        >
          <MapView onReady={onMapReady} shown={mode === 'present' ? undefined : firstScreenShown}>
            <EventCard phone={phone} onReadPassage={phone ? showArticle : undefined} />
          </MapView>
          {!phone && <Timeline />}
        </div>
        {phone && (
          <div className="panel-timeline" id="panel-timeline" role="tabpanel" hidden={tab !== 'timeline'}>
            <Timeline layout="list" shown={tab === 'timeline'} onPick={() => setTab('map')} />
          </div>
        )}
        <div
          className="panel-article"
          id="panel-article"
          role={phone ? 'tabpanel' : undefined}
          hidden={phone && tab !== 'article'}
        >
          <Article />
        </div>
      </main>
      <Announcer />
      <StoryDrop opener={opener} />
      {mode === 'present' && (
        <Suspense fallback={null}>
          <Presentation onPrintHandout={() => void openHandout('print')} />
        </Suspense>
      )}
      {handout.state.status !== 'idle' && (
        <Suspense fallback={null}>
          <Handout state={handout.state} layout={query.layout} drawMap={drawMap} onClose={handout.close} />
        </Suspense>
      )}
    </div>
  );
}

/** Tells screen readers which event became active. */
function Announcer() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const event = useApp(activeEvent);
  const message = event
    ? t('activeAnnounce', {
        title: event.title[lang],
        date: formatStoryDate(event.start, event.precision, lang),
      })
    : '';
  return (
    <div className="sr-only" role="status" aria-live="polite">
      {message}
    </div>
  );
}
