import { useEffect, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { FIRST_SCREEN } from '../lib/after-paint';
import { PresentButton } from '../present/PresentButton';
import { shownCategories, storyCategories, type TextMode } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import type { NormalisedStory } from '../story/normalise';
import type { SearchHit, StorySearch } from '../story/search';
import { SaveEdition } from './SaveEdition';

/** Title, search, category filter and language controls. */
export function Header({ onShowArticle, onOpenFile }: { onShowArticle: () => void; onOpenFile: () => void }) {
  const t = useT();
  const store = useAppStore();
  const lang = useApp((s) => s.lang);
  const text = useApp((s) => s.text);
  const story = useApp((s) => s.story);
  const shown = useApp(useShallow(shownCategories));
  const bilingual = (story?.languages.length ?? 2) > 1;
  return (
    <header className="app-header">
      <button
        type="button"
        className="skip-link"
        onClick={() => {
          // A button, not a link to #article: the hash holds the app's state.
          onShowArticle();
          requestAnimationFrame(() => document.getElementById('article')?.focus());
        }}
      >
        {t('skipToArticle')}
      </button>
      <p className="app-name" lang={LANG_TAG[lang]} elementtiming={FIRST_SCREEN}>
        {t('appName')}
      </p>
      <Search onShowArticle={onShowArticle} />
      <fieldset className="category-filter">
        <legend>{t('filter')}</legend>
        {storyCategories(story).map((c) => (
          <button
            key={c}
            type="button"
            className={`chip cat-${c}`}
            aria-pressed={shown.includes(c)}
            onClick={() => store.getState().toggleCategory(c)}
          >
            {t(`category_${c}`)}
          </button>
        ))}
        <button
          type="button"
          className="chip show-all"
          disabled={shown.length === 0}
          onClick={() => store.getState().setHiddenCategories([])}
        >
          {t('showAll')}
        </button>
      </fieldset>
      <div className="lang-controls">
        {/* A story in one language is read in it: the interface stays in the reader's language. */}
        {bilingual && (
          <>
            <fieldset className="segmented">
              <legend className="sr-only">{t('language')}</legend>
              <button
                type="button"
                lang="zh-Hans"
                aria-pressed={lang === 'zh'}
                onClick={() => store.getState().setLang('zh')}
              >
                中文
              </button>
              <button
                type="button"
                lang="en"
                aria-pressed={lang === 'en'}
                onClick={() => store.getState().setLang('en')}
              >
                EN
              </button>
            </fieldset>
            <label className="text-mode">
              <span>{t('textMode')}</span>
              <select
                aria-label={t('textMode')}
                value={text}
                onChange={(e) => store.getState().setText(e.target.value as TextMode)}
              >
                <option value="zh">{t('textZh')}</option>
                <option value="en">{t('textEn')}</option>
                <option value="both">{t('textBoth')}</option>
              </select>
            </label>
          </>
        )}
        {/* Icons with their names as tooltips: the header keeps to one line at 1366 px. */}
        <button
          type="button"
          className="open-file"
          aria-label={t('openFile')}
          title={t('openFile')}
          onClick={onOpenFile}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M1.5 3.5h4.5l1.5 1.5h7v8.5h-13z" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        </button>
        <a
          className="open-file"
          href={studioLink(new URLSearchParams(window.location.search))}
          title={t('editStory')}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path
              d="M2 14l1-4 8-8 3 3-8 8z M9.5 3.5l3 3"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
            />
          </svg>
          <span className="sr-only">{t('editStory')}</span>
        </a>
        <SaveEdition />
        <PresentButton />
      </div>
    </header>
  );
}

function Search({ onShowArticle }: { onShowArticle: () => void }) {
  const t = useT();
  const store = useAppStore();
  const story = useApp((s) => s.story);
  const lang = useApp((s) => s.lang);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<{ story: NormalisedStory; run: StorySearch } | null>(null);
  const listId = useId();
  // The index and its fuzzy matcher load with the first letter typed, not with the page.
  useEffect(() => {
    if (!story || !query.trim() || search?.story === story) return;
    let live = true;
    void import('../story/search').then(({ storySearch }) => {
      if (live) setSearch({ story, run: storySearch(story) });
    });
    return () => {
      live = false;
    };
  }, [story, query, search]);
  const hits = useMemo(() => (search ? search.run(query, lang) : []), [search, query, lang]);
  const kindLabel = { event: t('resultEvent'), place: t('resultPlace'), paragraph: t('resultParagraph') };

  const choose = (hit: SearchHit) => {
    const s = store.getState();
    if (hit.kind === 'event') s.activate(hit.id, 'search');
    else if (hit.kind === 'place') s.selectPlace(hit.id, 'search');
    else {
      const event = story?.eventsByParagraph.get(hit.id)?.[0];
      if (event) s.activate(event.id, 'search');
      onShowArticle();
    }
    setQuery('');
  };

  return (
    <search className="search">
      <input
        type="search"
        aria-label={t('search')}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-controls={query.trim() ? listId : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setQuery('');
          if (e.key === 'Enter' && hits[0]) choose(hits[0]);
        }}
      />
      {query.trim() && search && (
        <ul id={listId} className="search-results" aria-label={t('search')}>
          {hits.length === 0 && <li className="no-results">{t('searchNoResults')}</li>}
          {hits.map((h) => (
            <li key={`${h.kind}-${h.id}`}>
              <button type="button" onClick={() => choose(h)}>
                <span className="hit-kind">{kindLabel[h.kind]}</span> {h.label}
                {h.kind === 'place' && h.events > 1 && (
                  <span className="hit-count"> · {t('eventCount', { count: h.events })}</span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </search>
  );
}

/** The studio opens the draft shown, or else the story shown (empty for the built-in one). */
const studioLink = (params: URLSearchParams) => {
  const draft = params.get('draft');
  return draft
    ? `studio.html?draft=${encodeURIComponent(draft)}`
    : `studio.html?edit=${encodeURIComponent(params.get('story') ?? '')}`;
};
