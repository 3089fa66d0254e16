import type { ReactNode } from 'react';
import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { deckEvents, slideIndex } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import type { TimedEvent } from '../story/normalise';
import { Passage } from './Passage';
import { formatElapsed } from './slide';
import { useElapsed } from './use-elapsed';

/** A small map of a slide's event (the handout's renderer), named for screen readers. */
export type SlideMap = (event: TimedEvent) => ReactNode;

import './present.css';

/**
 * The presenter's own window: this slide with its notes, the next one, the time so far. It has no
 * map, so it opens fast next to the audience window it drives.
 */
export function PresenterView({ slideMap }: { slideMap: SlideMap }) {
  const t = useT();
  const mode = useApp((s) => s.mode);
  const store = useAppStore();
  const lang = useApp((s) => s.lang);
  const index = useApp(slideIndex);
  const total = useApp((s) => deckEvents(s).length);
  const current = useApp((s) => (s.slideId ? s.story?.eventsById.get(s.slideId) : undefined));
  const next = useApp((s) => deckEvents(s)[slideIndex(s) + 1]);
  const elapsed = useElapsed();
  // Once the audience window has stopped presenting there is no slide to count or step to.
  const ended = mode !== 'present';
  return (
    <main className="presenter" lang={LANG_TAG[lang]}>
      <header className="presenter-bar">
        <h1>{t('presenterView')}</h1>
        {!ended && index >= 0 && <p className="presenter-slide">{t('slideOf', { n: index + 1, total })}</p>}
        <p className="presenter-clock">
          <span className="sr-only">{t('elapsed')}: </span>
          <span role="timer" aria-label={t('elapsed')}>
            {formatElapsed(elapsed.seconds)}
          </span>
        </p>
        <button type="button" onClick={elapsed.reset}>
          {t('resetClock')}
        </button>
        <button type="button" onClick={() => store.getState().stepSlide(-1)} disabled={ended || index <= 0}>
          <span aria-hidden="true">‹</span> {t('previousSlide')}
        </button>
        <button
          type="button"
          className="presenter-next-button"
          onClick={() => store.getState().stepSlide(1)}
          disabled={ended || index >= total - 1}
        >
          {t('nextSlide')} <span aria-hidden="true">›</span>
        </button>
        {window.location.protocol === 'file:' && (
          <p className="presenter-file-notice">{t('presenterFromFile')}</p>
        )}
      </header>
      {ended ? (
        <p className="presenter-ended" role="status">
          {t('presentationEnded')}
        </p>
      ) : (
        <>
          <section className="presenter-current" aria-labelledby="presenter-current">
            <h2 id="presenter-current" className="presenter-label">
              {t('currentSlide')}
            </h2>
            {current && <SlideBrief event={current} map={slideMap(current)} />}
            <section className="presenter-notes" aria-labelledby="presenter-notes">
              <h3 id="presenter-notes">{t('notes')}</h3>
              <p>{current?.notes?.[lang] ?? t('noNotes')}</p>
            </section>
          </section>
          <section className="presenter-upcoming" aria-labelledby="presenter-upcoming">
            <h2 id="presenter-upcoming" className="presenter-label">
              {t('upNext')}
            </h2>
            {next ? (
              <SlideBrief event={next} map={slideMap(next)} />
            ) : (
              <p className="presenter-end">{t('endOfDeck')}</p>
            )}
          </section>
        </>
      )}
    </main>
  );
}

function SlideBrief({ event, map }: { event: TimedEvent; map: ReactNode }) {
  const lang = useApp((s) => s.lang);
  return (
    <div className="slide-brief">
      {map && <figure className="slide-brief-map">{map}</figure>}
      <p className="slide-brief-date">
        <time dateTime={event.date}>{formatStoryDate(event.start, event.precision, lang)}</time>
      </p>
      <h3 className="slide-brief-title">{event.title[lang]}</h3>
      <Passage event={event} short className="slide-brief-passage" />
    </div>
  );
}
