import { type MouseEvent, useState } from 'react';
import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { AUTOPLAY_SECONDS, slideIndex, visibleEvents } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import { AUTOPLAY_CONTROLS_ATTR } from './autoplay';
import { Passage } from './Passage';
import { PASSAGE_ATTR } from './present-keys';
import { presenterUrl } from './present-url';
import { sectionOf } from './slide';
import './present.css';

interface Props {
  onPrintHandout: () => void;
}

/** The audience's slide over the map: where we are in the deck, the event's date and title, and its passage. */
export function Presentation({ onPrintHandout }: Props) {
  const t = useT();
  const story = useApp((s) => s.story);
  const lang = useApp((s) => s.lang);
  const event = useApp((s) => (s.slideId ? s.story?.eventsById.get(s.slideId) : undefined));
  const index = useApp(slideIndex);
  const total = useApp((s) => visibleEvents(s).length);
  const typed = useApp((s) => s.typedSlide);
  if (!story || !event) return null;
  const section = sectionOf(story, event, lang);
  return (
    <section className="presentation" aria-label={t('presentation')}>
      <article
        className={`slide-caption cat-${event.category}`}
        data-map-overlay
        lang={LANG_TAG[lang]}
        aria-labelledby="slide-title"
      >
        <header className="slide-head">
          <p className="slide-progress">
            <span className="slide-number">{t('slideOf', { n: index + 1, total })}</span>
            {section && <span className="slide-section">{section}</span>}
          </p>
          <div className="slide-progress-bar" aria-hidden="true">
            <span style={{ width: `${((index + 1) / total) * 100}%` }} />
          </div>
          <p className="slide-date">
            <time dateTime={event.date}>{formatStoryDate(event.start, event.precision, lang)}</time>
          </p>
          <h2 id="slide-title" className="slide-title">
            {event.title[lang]}
          </h2>
        </header>
        {/* Keyed by event so each slide's passage starts scrolled to the top. */}
        <section
          key={event.id}
          className="slide-passage"
          aria-label={t('passage')}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          tabIndex={0}
          {...{ [PASSAGE_ATTR]: '' }}
        >
          <Passage event={event} />
        </section>
      </article>
      {typed && (
        <p className="slide-jump" role="status">
          {t('goToSlide', { n: typed })}
        </p>
      )}
      <PresentToolbar onPrintHandout={onPrintHandout} />
    </section>
  );
}

/**
 * A mouse click on a control does not take the focus, so a following Space turns the slide instead
 * of pressing the button again; it still ends editing the seconds, as a click elsewhere would.
 */
function leaveFocus(e: MouseEvent<HTMLElement>) {
  if (!(e.target instanceof Element && e.target.closest('button'))) return;
  e.preventDefault();
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && e.currentTarget.contains(focused)) focused.blur();
}

function PresentToolbar({ onPrintHandout }: Props) {
  const t = useT();
  const store = useAppStore();
  const autoplay = useApp((s) => s.autoplay);
  const highContrast = useApp((s) => s.highContrast);
  const index = useApp(slideIndex);
  const total = useApp((s) => visibleEvents(s).length);
  const [seconds, setSeconds] = useState<string | null>(null);
  const [blocked, setBlocked] = useState(false);
  const state = () => store.getState();

  const openPresenter = () => {
    const win = window.open(
      presenterUrl(index + 1),
      'silk-road-story-map-presenter',
      'popup,width=1200,height=800',
    );
    setBlocked(!win);
  };

  return (
    <fieldset className="present-toolbar" onMouseDown={leaveFocus}>
      <legend className="sr-only">{t('presentationControls')}</legend>
      <button type="button" onClick={() => state().stepSlide(-1)} disabled={index <= 0}>
        <span aria-hidden="true">‹</span> {t('previousSlide')}
      </button>
      <button type="button" onClick={() => state().stepSlide(1)} disabled={index >= total - 1}>
        {t('nextSlide')} <span aria-hidden="true">›</span>
      </button>
      <fieldset className="autoplay" {...{ [AUTOPLAY_CONTROLS_ATTR]: '' }}>
        <legend className="sr-only">{t('autoplay')}</legend>
        <button type="button" onClick={() => state().setAutoplay({ on: !autoplay.on })}>
          <span aria-hidden="true">{autoplay.on ? '❚❚' : '▶'}</span> {autoplay.on ? t('pause') : t('play')}
        </button>
        <label>
          <input
            type="number"
            min={AUTOPLAY_SECONDS.min}
            max={AUTOPLAY_SECONDS.max}
            step={1}
            value={seconds ?? autoplay.seconds}
            onChange={(e) => {
              setSeconds(e.target.value);
              if (e.target.validity.valid && e.target.value)
                state().setAutoplay({ seconds: e.target.valueAsNumber });
            }}
            onBlur={() => setSeconds(null)}
          />
          <span>{t('secondsPerSlide')}</span>
        </label>
      </fieldset>
      <button
        type="button"
        aria-pressed={highContrast}
        onClick={() => state().setHighContrast(!highContrast)}
      >
        {t('highContrast')}
      </button>
      <button type="button" onClick={openPresenter}>
        {t('presenterView')}
      </button>
      <button type="button" onClick={onPrintHandout}>
        {t('printHandout')}
      </button>
      <button type="button" aria-keyshortcuts="Escape" onClick={() => state().setMode('explore')}>
        {t('exitPresentation')}
      </button>
      {blocked && <p role="alert">{t('popupBlocked')}</p>}
    </fieldset>
  );
}
