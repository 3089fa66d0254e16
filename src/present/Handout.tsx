import { type ReactNode, useEffect } from 'react';
import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useApp } from '../store/use-app';
import { parseStoryDate } from '../story/date';
import type { TimedEvent } from '../story/normalise';
import { Passage } from './Passage';
import { passageOf, sectionOf } from './slide';
import type { HandoutPurpose, HandoutState } from './use-handout';
import './present.css';

/** Several events a page in two columns (the default), or one event a page with a larger map. */
export type HandoutLayout = 'compact' | 'pages';

/** A map of an event drawn for paper, `width`×`height` CSS pixels, named for screen readers. */
export type DrawMap = (
  event: TimedEvent,
  size: { width: number; height: number },
  label: string,
) => ReactNode;

const MAP_SIZE: Record<HandoutLayout, { width: number; height: number }> = {
  compact: { width: 330, height: 84 },
  pages: { width: 640, height: 340 },
};

interface Props {
  state: HandoutState;
  layout: HandoutLayout;
  drawMap: DrawMap;
  onClose: () => void;
}

/** The story for students: each event's number, date, title, a small map of its places, and its passage. */
export function Handout({ state, layout, drawMap, onClose }: Props) {
  const t = useT();
  if (state.status === 'idle') return null;
  if (state.status === 'preparing') {
    return (
      <div className="handout-status">
        <p role="status">{t('preparingHandout')}</p>
      </div>
    );
  }
  return (
    <HandoutDocument
      events={state.events}
      purpose={state.purpose}
      layout={layout}
      drawMap={state.withMaps ? drawMap : null}
      onClose={onClose}
    />
  );
}

function HandoutDocument({
  events,
  purpose,
  layout,
  drawMap,
  onClose,
}: {
  events: TimedEvent[];
  purpose: HandoutPurpose;
  layout: HandoutLayout;
  drawMap: DrawMap | null;
  onClose: () => void;
}) {
  const t = useT();
  const story = useApp((s) => s.story);
  const lang = useApp((s) => s.lang);
  const text = useApp((s) => s.text);

  // Every map is SVG, in the page as soon as it is rendered: the handout is complete now.
  useEffect(() => {
    performance.mark('handout:ready');
    document.documentElement.dataset.handoutReady = 'true';
    if (purpose === 'print') {
      window.addEventListener('afterprint', onClose, { once: true });
      window.print();
    }
    return () => {
      window.removeEventListener('afterprint', onClose);
      delete document.documentElement.dataset.handoutReady;
    };
  }, [purpose, onClose]);

  if (!story) return null;
  const { source } = story.story;
  const published = parseStoryDate(source.date);
  const sourceLine = t('handoutSource', {
    publisher: source.publisher[lang],
    date: published ? formatStoryDate(published, 'day', lang) : source.date,
    title: source.originalTitle[lang],
  });
  const printedAt = new Map<string, number>();
  return (
    <section
      className={`handout handout-${layout}${purpose === 'screen' ? ' on-screen' : ''}`}
      aria-label={t('handout')}
      lang={LANG_TAG[lang]}
    >
      {purpose === 'screen' && (
        <div className="handout-tools">
          <p role="status" className="sr-only">
            {t('handoutReady')}
          </p>
          <button type="button" onClick={() => window.print()}>
            {t('print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      )}
      <header className="handout-cover">
        <h1>{story.story.title[lang]}</h1>
        {story.story.subtitle && <p className="handout-subtitle">{story.story.subtitle[lang]}</p>}
        <p className="handout-source">{sourceLine}</p>
      </header>
      <div className="handout-events">
        {events.map((event, i) => {
          // A paragraph told by several events is printed once, at the first; later ones point to it.
          const fresh = event.paragraphs.filter((id) => layout === 'pages' || !printedAt.has(id));
          const earlier = [
            ...new Set(event.paragraphs.flatMap((id) => (printedAt.has(id) ? [printedAt.get(id) ?? 0] : []))),
          ];
          for (const id of fresh) printedAt.set(id, i + 1);
          const section = sectionOf(story, event, lang);
          const places = event.places.flatMap((id) => story.placesById.get(id)?.name[lang] ?? []);
          const label = t('handoutMap', { places: places.join(lang === 'zh' ? '、' : ', ') });
          return (
            <article
              key={event.id}
              className={`handout-event cat-${event.category}`}
              aria-labelledby={`handout-${event.id}`}
            >
              <div className="handout-head">
                <p className="handout-meta">
                  <span className="handout-number">{i + 1}</span>
                  <time dateTime={event.date}>{formatStoryDate(event.start, event.precision, lang)}</time>
                  {section && <span>{section}</span>}
                </p>
                <h2 id={`handout-${event.id}`}>{event.title[lang]}</h2>
                {drawMap && places.length > 0 && <figure>{drawMap(event, MAP_SIZE[layout], label)}</figure>}
              </div>
              {fresh.length > 0 && (
                <Passage
                  event={event}
                  className="handout-passage"
                  texts={passageOf(story, { ...event, paragraphs: fresh }, text)}
                />
              )}
              {earlier.length > 0 && (
                <p className="handout-see">
                  {t('handoutSeeAlso', { n: earlier.join(lang === 'zh' ? '、' : ', ') })}
                </p>
              )}
              {layout === 'pages' && <p className="handout-source">{sourceLine}</p>}
            </article>
          );
        })}
      </div>
    </section>
  );
}
