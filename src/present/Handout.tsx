import { useEffect, useRef } from 'react';
import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useApp } from '../store/use-app';
import { parseStoryDate } from '../story/date';
import { Passage } from './Passage';
import { sectionOf } from './slide';
import type { HandoutPage, HandoutPurpose, HandoutState } from './use-handout';
import './present.css';

interface Props {
  state: HandoutState;
  onClose: () => void;
}

/** The story for students, one event a page: its map, date, title, passage and source. */
export function Handout({ state, onClose }: Props) {
  const t = useT();
  if (state.status === 'idle') return null;
  if (state.status === 'preparing') {
    return (
      <div className="handout-status">
        <p role="status">{t('preparingHandout', { done: state.done, total: state.total })}</p>
      </div>
    );
  }
  return <HandoutDocument pages={state.pages} purpose={state.purpose} onClose={onClose} />;
}

function HandoutDocument({
  pages,
  purpose,
  onClose,
}: {
  pages: HandoutPage[];
  purpose: HandoutPurpose;
  onClose: () => void;
}) {
  const t = useT();
  const story = useApp((s) => s.story);
  const lang = useApp((s) => s.lang);
  const ref = useRef<HTMLElement>(null);

  // Print only once every map is decoded, or the pages come out with empty frames.
  useEffect(() => {
    const images = [...(ref.current?.querySelectorAll('img') ?? [])];
    let cancelled = false;
    Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => {
      if (cancelled) return;
      if (purpose === 'print') {
        window.addEventListener('afterprint', onClose, { once: true });
        window.print();
      } else {
        document.documentElement.dataset.handoutReady = 'true';
      }
    });
    return () => {
      cancelled = true;
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
  return (
    <section
      ref={ref}
      className={`handout${purpose === 'screen' ? ' on-screen' : ''}`}
      aria-label={t('handout')}
      lang={LANG_TAG[lang]}
    >
      {purpose === 'screen' && (
        <div className="handout-tools">
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
      </header>
      {pages.map(({ event, image }, i) => {
        const section = sectionOf(story, event, lang);
        const places = event.places.flatMap((id) => story.placesById.get(id)?.name[lang] ?? []);
        return (
          <article key={event.id} className="handout-event" aria-labelledby={`handout-${event.id}`}>
            <p className="handout-meta">
              <span>{i + 1}</span>
              <time dateTime={event.date}>{formatStoryDate(event.start, event.precision, lang)}</time>
              {section && <span>{section}</span>}
            </p>
            <h2 id={`handout-${event.id}`}>{event.title[lang]}</h2>
            {image && (
              <figure>
                <img
                  src={image}
                  alt={t('handoutMap', { places: places.join(lang === 'zh' ? '、' : ', ') })}
                />
              </figure>
            )}
            <Passage event={event} className="handout-passage" />
            <p className="handout-source">{sourceLine}</p>
          </article>
        );
      })}
    </section>
  );
}
