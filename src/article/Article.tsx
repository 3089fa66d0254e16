import { useEffect, useMemo, useRef } from 'react';
import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { activeEvent } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import { parseStoryDate } from '../story/date';
import type { Paragraph } from '../story/schema';
import { groupBySection, paragraphAtLine } from './reading';

/** Share of the article's height where the reading line sits. */
const READING_LINE = 0.3;
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The article in Chinese, English or both; follows the active event and leads it while the reader scrolls. */
export function Article() {
  const t = useT();
  const store = useAppStore();
  const story = useApp((s) => s.story);
  const lang = useApp((s) => s.lang);
  const text = useApp((s) => s.text);
  const activeId = useApp((s) => s.activeEventId);
  const activation = useApp((s) => s.activation);
  const scrollRef = useRef<HTMLElement>(null);
  const programmatic = useRef(0);
  const lastParagraph = useRef<string | null>(null);

  const active = story && activeId ? story.eventsById.get(activeId) : undefined;
  const activeParagraphs = useMemo(() => new Set(active?.paragraphs ?? []), [active]);
  const groups = useMemo(() => (story ? groupBySection(story.story) : []), [story]);

  // Bring the active event's first paragraph to the reading line, unless the reader's own scrolling chose it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: activation re-runs it for repeated choices
  useEffect(() => {
    const el = scrollRef.current;
    const { origin } = store.getState();
    const first = active?.paragraphs[0];
    if (!el || !first || origin === 'article') return;
    const target = el.querySelector<HTMLElement>(`[data-paragraph-id="${first}"]`);
    if (!target) return;
    const top = target.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
    programmatic.current = Date.now();
    lastParagraph.current = first;
    el.scrollTo({
      top: Math.max(0, top - el.clientHeight * 0.2),
      behavior: reducedMotion() ? 'auto' : 'smooth',
    });
  }, [active, activation, store]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !story) return;
    let frame = 0;
    const settle = () => {
      programmatic.current = 0;
    };
    const onScroll = () => {
      // Scrolling that we started is not the reader choosing a paragraph.
      if (programmatic.current && Date.now() - programmatic.current < 1500) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const rect = el.getBoundingClientRect();
        const line = rect.top + rect.height * READING_LINE;
        const nodes = [...el.querySelectorAll<HTMLElement>('[data-paragraph-id]')];
        const id = paragraphAtLine(
          nodes.map((n) => ({ id: n.dataset.paragraphId ?? '', rect: n.getBoundingClientRect() })),
          line,
        );
        if (!id || id === lastParagraph.current) return;
        lastParagraph.current = id;
        const state = store.getState();
        const current = activeEvent(state);
        if (current?.paragraphs.includes(id)) return;
        const next = story.eventsByParagraph
          .get(id)
          ?.find((e) => !state.hiddenCategories.includes(e.category));
        if (next) state.activate(next.id, 'article');
      });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    el.addEventListener('scrollend', settle);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
      el.removeEventListener('scrollend', settle);
    };
  }, [story, store]);

  if (!story) return null;
  const { source } = story.story;
  const published = parseStoryDate(source.date);
  const sourceDate = published ? formatStoryDate(published, 'day', lang) : source.date;
  const renderParagraph = (p: Paragraph) => {
    const events = story.eventsByParagraph.get(p.id) ?? [];
    return (
      <div
        key={p.id}
        className="para"
        data-paragraph-id={p.id}
        data-active={activeParagraphs.has(p.id) ? 'true' : undefined}
      >
        <div className={`para-text text-${text}`}>
          {text !== 'en' && <p lang={LANG_TAG.zh}>{p.zh}</p>}
          {text !== 'zh' && <p lang={LANG_TAG.en}>{p.en}</p>}
        </div>
        {events.length > 0 && (
          <ul className="para-events" aria-label={t('inParagraph')}>
            {events.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className={`chip cat-${e.category}`}
                  aria-pressed={e.id === activeId}
                  lang={LANG_TAG[lang]}
                  onClick={() => store.getState().activate(e.id, 'article')}
                >
                  {e.title[lang]}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  return (
    <section ref={scrollRef} className="article-panel" aria-label={t('article')} id="article">
      <header className="article-header">
        <h1 lang={LANG_TAG[lang]}>{story.story.title[lang]}</h1>
        {story.story.subtitle && (
          <p className="subtitle" lang={LANG_TAG[lang]}>
            {story.story.subtitle[lang]}
          </p>
        )}
        <p className="byline" lang={LANG_TAG[lang]}>
          {source.publisher[lang]} · <time dateTime={source.date}>{sourceDate}</time>
          {source.dateline ? ` · ${source.dateline[lang]}` : ''}
        </p>
        <p className="byline" lang={LANG_TAG[lang]}>
          {source.byline[lang]}
        </p>
      </header>
      {groups.map((g) => (
        <div key={g.section?.id ?? 'intro'} className="article-section">
          {g.section && (
            <h2 lang={LANG_TAG[lang]}>
              <span className="section-label">{g.section.label[lang]}</span>
              {g.section.title && (
                <span className="section-title" title={t('editorialHeading')}>
                  {g.section.title[lang]}
                </span>
              )}
            </h2>
          )}
          {g.paragraphs.map(renderParagraph)}
        </div>
      ))}
      <footer className="article-footer" lang={LANG_TAG[lang]}>
        {t('source')}: {source.publisher[lang]}, {source.originalTitle[lang]} ({sourceDate})
      </footer>
    </section>
  );
}
