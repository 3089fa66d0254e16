import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { memo, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { prefersReducedMotion } from '../lib/motion';
import { whenQuiet } from '../lib/settle';
import { isWindowed } from '../lib/windowing';
import type { TextMode } from '../store/store';
import { activeEvent, shownText } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import { parseStoryDate } from '../story/date';
import { type TimedEvent, textLang } from '../story/normalise';
import type { Lang, Paragraph } from '../story/schema';
import { type ArticleRow, articleRows, groupBySection, paragraphAtLine, type SectionGroup } from './reading';

/** Share of the article's height where the reading line sits. */
const READING_LINE = 0.3;
/** How long after a wheel, touch or key the scrolling still counts as the reader's. */
const USER_SCROLL_MS = 1200;
/** The reader's scrolling has stopped once it has been still this long (ms): the map and the rest then follow. */
const SETTLE_MS = 150;
/** Where a chosen passage lands: this share of the article's height below its top. */
const PASSAGE_AT = 0.2;
/** The article panel's top padding, px (app.css): where the first row starts. */
const PANEL_PAD_TOP = 16;

const NO_EVENTS: TimedEvent[] = [];

type RowVirtualizer = Virtualizer<HTMLElement, Element>;

/** A windowed article keeps the virtualiser and where each paragraph's row is. */
interface Windowed {
  virtualizer: RowVirtualizer;
  rowOf: Map<string, number>;
}

function scrollToParagraph(
  el: HTMLElement,
  id: string | undefined,
  behavior: ScrollBehavior,
  windowed?: Windowed,
): void {
  if (!id) return;
  const target = el.querySelector<HTMLElement>(`[data-paragraph-id="${id}"]`);
  const row = windowed?.rowOf.get(id);
  // A paragraph far off is not in the page: the virtualiser scrolls to its row and settles it as rows are measured.
  if (windowed && row !== undefined && !target) {
    windowed.virtualizer.scrollToIndex(row, { align: 'start', behavior });
    return;
  }
  if (!target) return;
  // Paragraphs out of view may not be laid out yet (app.css): the target's position needs them all.
  el.dataset.laidOut = '';
  const top = target.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
  el.scrollTo({ top: Math.max(0, top - el.clientHeight * PASSAGE_AT), behavior });
}

/** The paragraph under the article's reading line. */
function passageAtLine(el: HTMLElement): string | null {
  const rect = el.getBoundingClientRect();
  const nodes = [...el.querySelectorAll<HTMLElement>('[data-paragraph-id]')];
  return paragraphAtLine(
    nodes.map((n) => ({ id: n.dataset.paragraphId ?? '', rect: n.getBoundingClientRect() })),
    rect.top + rect.height * READING_LINE,
  );
}

/** A first guess at a row's height before it is measured: longer text, more lines. */
function estimateRow(row: ArticleRow | undefined, text: TextMode): number {
  if (row?.kind !== 'paragraph') return row?.kind === 'section' ? 60 : 120;
  const chars = text === 'zh' ? row.paragraph.zh.length * 2 : row.paragraph.en.length;
  return 60 + Math.ceil(chars / 70) * 28;
}

/** The article in Chinese, English or both; follows the active event and leads it while the reader scrolls. */
export function Article() {
  const t = useT();
  const store = useAppStore();
  const story = useApp((s) => s.story);
  const lang = useApp((s) => s.lang);
  const text = useApp(shownText);
  const activeId = useApp((s) => s.activeEventId);
  const activation = useApp((s) => s.activation);
  const scrollRef = useRef<HTMLElement>(null);
  // From the resize observer: read while rendering, the height would lay the page out.
  const [panelHeight, setPanelHeight] = useState(0);

  const active = story && activeId ? story.eventsById.get(activeId) : undefined;
  const activeParagraphs = useMemo(() => new Set(active?.paragraphs ?? []), [active]);
  const groups = useMemo(() => (story ? groupBySection(story.story) : []), [story]);
  const activate = useCallback((id: string) => store.getState().activate(id, 'article'), [store]);
  const windowedRows = useMemo(
    () => (story && isWindowed(story.story.paragraphs.length) ? articleRows(groups) : null),
    [story, groups],
  );
  const virtualizer = useVirtualizer({
    count: windowedRows?.rows.length ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateRow(windowedRows?.rows[i], text),
    overscan: 4,
    scrollMargin: PANEL_PAD_TOP,
    scrollPaddingStart: panelHeight * PASSAGE_AT,
    enabled: windowedRows !== null,
  });
  const windowed = useRef<Windowed | undefined>(undefined);
  windowed.current = windowedRows ? { virtualizer, rowOf: windowedRows.rowOf } : undefined;

  // Bring the active event's first paragraph to the reading line, unless the reader's own scrolling chose it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: activation re-runs it for repeated choices
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || store.getState().origin === 'article') return;
    scrollToParagraph(
      el,
      active?.paragraphs[0],
      prefersReducedMotion() ? 'auto' : 'smooth',
      windowed.current,
    );
  }, [active, activation, store]);

  // A hidden article (the phone's other tab) cannot scroll; catch up when it is shown.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    // Known from the observer's first call, which comes with the first layout: read here, the height
    // would lay the page out before the other effects have changed it.
    let shown: boolean | undefined;
    const observer = new ResizeObserver(() => {
      const height = el.clientHeight;
      setPanelHeight(height);
      if (shown === false && height > 0)
        scrollToParagraph(el, activeEvent(store.getState())?.paragraphs[0], 'auto', windowed.current);
      shown = height > 0;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [store]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !story) return;
    // Only scrolling the reader does counts: not ours, not the browser's when fonts or layout shift.
    let lastInput = 0;
    const onInput = () => {
      lastInput = Date.now();
    };
    // Once the scrolling stops, the passage at the reading line chooses the active event, and the
    // map, the timeline and the URL follow. Choosing on every wheel step redrew the card and the
    // timeline for passages the reader only flew past.
    const settle = whenQuiet(() => {
      const state = store.getState();
      const id = passageAtLine(el);
      const next =
        id && !activeEvent(state)?.paragraphs.includes(id)
          ? story.eventsByParagraph.get(id)?.find((e) => !state.hiddenCategories.includes(e.category))
          : undefined;
      if (next) state.activate(next.id, 'article');
      state.setReading(false);
    }, SETTLE_MS);
    const onScroll = () => {
      if (Date.now() - lastInput > USER_SCROLL_MS) return;
      if (!store.getState().reading) store.getState().setReading(true);
      settle.poke();
    };
    const inputs = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
    for (const type of inputs) el.addEventListener(type, onInput, { passive: true });
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      settle.cancel();
      if (store.getState().reading) store.getState().setReading(false);
      for (const type of inputs) el.removeEventListener(type, onInput);
      el.removeEventListener('scroll', onScroll);
    };
  }, [story, store]);

  if (!story) return null;
  const { source } = story.story;
  const own = textLang(story, lang);
  const published = parseStoryDate(source.date);
  const sourceDate = published ? formatStoryDate(published, 'day', lang) : source.date;
  const renderParagraph = (p: Paragraph) => {
    const events = story.eventsByParagraph.get(p.id) ?? NO_EVENTS;
    return (
      <ParagraphView
        key={p.id}
        paragraph={p}
        events={events}
        active={activeParagraphs.has(p.id)}
        pressedId={events.some((e) => e.id === activeId) ? activeId : null}
        text={text}
        lang={own}
        eventsLabel={t('inParagraph')}
        onActivate={activate}
      />
    );
  };

  const header = (
    <header className="article-header">
      <h1 lang={LANG_TAG[own]}>{story.story.title[lang]}</h1>
      {story.story.subtitle && (
        <p className="subtitle" lang={LANG_TAG[own]}>
          {story.story.subtitle[lang]}
        </p>
      )}
      <p className="byline" lang={LANG_TAG[own]}>
        {source.publisher[lang]} · <time dateTime={source.date}>{sourceDate}</time>
        {source.dateline ? ` · ${source.dateline[lang]}` : ''}
      </p>
      <p className="byline" lang={LANG_TAG[own]}>
        {source.byline[lang]}
      </p>
    </header>
  );
  const footer = (
    <footer className="article-footer" lang={LANG_TAG[own]}>
      {t('source')}: {source.publisher[lang]}, {source.originalTitle[lang]} ({sourceDate})
    </footer>
  );
  const sectionHeading = (section: SectionGroup['section']) =>
    section && (
      <h2 lang={LANG_TAG[own]}>
        <span className="section-label">{section.label[lang]}</span>
        {section.title && (
          <span className="section-title" title={t('editorialHeading')}>
            {section.title[lang]}
          </span>
        )}
      </h2>
    );

  const renderRow = (row: ArticleRow): ReactNode => {
    if (row.kind === 'header') return header;
    if (row.kind === 'footer') return footer;
    if (row.kind === 'section') return <div className="article-section">{sectionHeading(row.section)}</div>;
    return renderParagraph(row.paragraph);
  };

  return (
    <section ref={scrollRef} className="article-panel" aria-label={t('article')} id="article" tabIndex={-1}>
      {windowedRows ? (
        // Only the rows near the screen are in the page: a story of thousands of paragraphs costs what a short one does.
        <div className="article-rows" style={{ height: virtualizer.getTotalSize() - PANEL_PAD_TOP }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = windowedRows.rows[item.index];
            return row ? (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="article-row"
                style={{ transform: `translateY(${item.start - PANEL_PAD_TOP}px)` }}
              >
                {renderRow(row)}
              </div>
            ) : null;
          })}
        </div>
      ) : (
        <>
          {header}
          {groups.map((g) => (
            <div key={g.section?.id ?? 'intro'} className="article-section">
              {sectionHeading(g.section)}
              {g.paragraphs.map(renderParagraph)}
            </div>
          ))}
          {footer}
        </>
      )}
    </section>
  );
}

interface ParagraphProps {
  paragraph: Paragraph;
  events: TimedEvent[];
  active: boolean;
  /** The active event when it is one of this paragraph's, so other paragraphs keep their props. */
  pressedId: string | null;
  text: TextMode;
  lang: Lang;
  eventsLabel: string;
  onActivate: (id: string) => void;
}

/** One paragraph with its events. Memoised: choosing an event re-renders the paragraphs it touches. */
const ParagraphView = memo(function ParagraphView({
  paragraph: p,
  events,
  active,
  pressedId,
  text,
  lang,
  eventsLabel,
  onActivate,
}: ParagraphProps) {
  return (
    <div className="para" data-paragraph-id={p.id} data-active={active ? 'true' : undefined}>
      <div className={`para-text text-${text}`}>
        {text !== 'en' && <p lang={LANG_TAG.zh}>{p.zh}</p>}
        {text !== 'zh' && <p lang={LANG_TAG.en}>{p.en}</p>}
      </div>
      {events.length > 0 && (
        <ul className="para-events" aria-label={eventsLabel}>
          {events.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className={`chip cat-${e.category}`}
                aria-pressed={e.id === pressedId}
                lang={LANG_TAG[lang]}
                onClick={() => onActivate(e.id)}
              >
                {e.title[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
