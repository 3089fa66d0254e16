import { useEffect, useMemo, useState } from 'react';
import { Article } from '../article/Article';
import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { MapView } from '../map/MapView';
import { type AppStore, activeEvent } from '../store/store';
import { StoreContext, useApp } from '../store/use-app';
import { Timeline } from '../timeline/Timeline';
import { bindUrl } from './bind-url';
import { ErrorScreen } from './ErrorScreen';
import { EventCard } from './EventCard';
import { Header } from './Header';
import { bindKeys } from './keyboard';
import { rememberPrefs } from './prefs';
import { useMediaQuery } from './use-media-query';

export function App({ store }: { store: AppStore }) {
  return (
    <StoreContext.Provider value={store}>
      <Shell store={store} />
    </StoreContext.Provider>
  );
}

type Tab = 'map' | 'article';

function Shell({ store }: { store: AppStore }) {
  const t = useT();
  const story = useApp((s) => s.story);
  const loadError = useApp((s) => s.loadError);
  const lang = useApp((s) => s.lang);
  const highContrast = useApp((s) => s.highContrast);
  const phone = useMediaQuery('(max-width: 720px)');
  const [tab, setTab] = useState<Tab>('map');

  useEffect(() => {
    document.documentElement.lang = LANG_TAG[lang];
    document.documentElement.classList.toggle('high-contrast', highContrast);
  }, [lang, highContrast]);

  useEffect(() => {
    if (!story) return;
    const offs = [bindUrl(store), bindKeys(store), rememberPrefs(store)];
    return () => {
      for (const off of offs) off();
    };
  }, [story, store]);

  useEffect(() => {
    if (story) document.title = `${story.story.title[lang]} · ${t('appName')}`;
  }, [story, lang, t]);

  const onMapReady = useMemo(
    () => () => {
      performance.mark('app:ready');
      document.documentElement.dataset.ready = 'true';
    },
    [],
  );

  if (loadError) return <ErrorScreen url={loadError.url} problems={loadError.problems} lang={lang} />;
  if (!story) return <p className="loading">{t('loading')}</p>;

  const showArticle = () => setTab('article');
  return (
    <div className={`app ${phone ? `phone tab-${tab}` : 'desktop'}`}>
      <Header onShowArticle={showArticle} />
      {phone && (
        <div className="tabs" role="tablist" aria-label={t('appName')}>
          {(['map', 'article'] as const).map((id) => (
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
          <MapView onReady={onMapReady}>
            <EventCard onReadPassage={phone ? showArticle : undefined} />
          </MapView>
          <Timeline />
        </div>
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
