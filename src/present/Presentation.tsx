import { type MouseEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { AUTOPLAY_SECONDS, deckEvents, slideIndex } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import type { TimedEvent } from '../story/normalise';
import { AUTOPLAY_CONTROLS_ATTR } from './autoplay';
import { Passage } from './Passage';
import { PASSAGE_ATTR } from './present-keys';
import { presenterUrl } from './present-url';
import { type PassageText, partLabel, passageOf, sectionOf, splitPassage } from './slide';
import './present.css';

interface Props {
  onPrintHandout: () => void;
}

/**
 * The smallest the passage is set to fit a slide, as a share of its full size; a passage that
 * does not fit even so continues on the next part of the slide (12a, 12b).
 */
const MIN_FIT = 0.8;

const fitsIn = (el: HTMLElement) =>
  el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;

/** Draws a part of a passage into the hidden measuring box, as Passage renders it. */
function drawInto(box: HTMLElement, part: PassageText[], className: string) {
  const passage = document.createElement('div');
  passage.className = className;
  for (const { lang, paragraphs } of part) {
    const block = document.createElement('div');
    block.className = 'passage-lang';
    block.lang = LANG_TAG[lang];
    for (const p of paragraphs) block.appendChild(document.createElement('p')).textContent = p.text;
    passage.appendChild(block);
  }
  box.replaceChildren(passage);
}

/**
 * The parts of the slide's passage that each fit the caption at no less than MIN_FIT of the full
 * size, measured in the caption itself; again whenever the caption changes size or the fonts arrive.
 */
function useSlideParts(event: TimedEvent | undefined) {
  const store = useAppStore();
  const story = useApp((s) => s.story);
  const text = useApp((s) => s.text);
  const lang = useApp((s) => s.lang);
  const highContrast = useApp((s) => s.highContrast);
  const caption = useRef<HTMLElement>(null);
  const passage = useRef<HTMLElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const [parts, setParts] = useState<PassageText[][] | null>(null);
  const [layout, setLayout] = useState(0);

  useEffect(() => {
    const el = caption.current;
    if (!el) return;
    let live = true;
    const again = () => live && setLayout((n) => n + 1);
    const observer = new ResizeObserver(again);
    observer.observe(el);
    void document.fonts?.ready.then(again);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: language, contrast and size change the caption's layout
  useLayoutEffect(() => {
    const box = passage.current;
    const probe = measure.current;
    if (!story || !event || !box || !probe) return;
    probe.style.width = `${box.offsetWidth}px`;
    probe.style.height = `${box.offsetHeight}px`;
    probe.style.setProperty('--fit', String(MIN_FIT));
    const className = `passage text-${text}`;
    const next = splitPassage(passageOf(story, event, text), (part) => {
      drawInto(probe, part, className);
      return fitsIn(probe);
    });
    probe.replaceChildren();
    setParts(next);
    store.getState().setSlideParts(next.length);
  }, [store, story, event, text, lang, highContrast, layout]);

  return { caption, passage, measure, parts };
}

/** The audience's slide over the map: where we are in the deck, the event's date and title, and its passage. */
export function Presentation({ onPrintHandout }: Props) {
  const t = useT();
  const story = useApp((s) => s.story);
  const lang = useApp((s) => s.lang);
  const event = useApp((s) => (s.slideId ? s.story?.eventsById.get(s.slideId) : undefined));
  const index = useApp(slideIndex);
  const total = useApp((s) => deckEvents(s).length);
  const typed = useApp((s) => s.typedSlide);
  const slidePart = useApp((s) => s.slidePart);
  const unknown = useApp((s) => s.lessonUnknown);
  const { caption, passage, measure, parts } = useSlideParts(event);
  const count = parts?.length ?? 1;
  const part = Math.min(slidePart < 0 ? count - 1 : slidePart, count - 1);
  const texts = parts?.[part];

  // The part on screen is set as large as fits, down to MIN_FIT.
  useLayoutEffect(() => {
    const box = passage.current;
    if (!box || !texts) return;
    box.style.setProperty('--fit', '1');
    if (fitsIn(box)) return;
    let [low, high] = [MIN_FIT, 1];
    for (let i = 0; i < 6; i++) {
      const mid = (low + high) / 2;
      box.style.setProperty('--fit', String(mid));
      if (fitsIn(box)) low = mid;
      else high = mid;
    }
    box.style.setProperty('--fit', String(low));
  }, [texts, passage]);

  if (!story || !event) return null;
  const section = sectionOf(story, event, lang);
  return (
    <section className="presentation" aria-label={t('presentation')}>
      <article
        ref={caption}
        className={`slide-caption cat-${event.category}`}
        data-map-overlay
        lang={LANG_TAG[lang]}
        aria-labelledby="slide-title"
      >
        <header className="slide-head">
          <p className="slide-progress">
            <span className="slide-number">
              {t('slideOf', { n: partLabel(index + 1, part, count), total })}
            </span>
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
        <section
          ref={passage}
          className="slide-passage"
          aria-label={t('passage')}
          {...{ [PASSAGE_ATTR]: '' }}
        >
          <Passage event={event} texts={texts} />
        </section>
        <div ref={measure} className="slide-passage slide-measure" aria-hidden="true" />
      </article>
      {unknown.length > 0 && (
        <p className="lesson-unknown" role="alert">
          {t('lessonUnknown', { ids: unknown.join(', ') })}
        </p>
      )}
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
  const atStart = useApp((s) => slideIndex(s) <= 0 && s.slidePart === 0);
  const atEnd = useApp(
    (s) => slideIndex(s) >= deckEvents(s).length - 1 && s.slidePart >= 0 && s.slidePart >= s.slideParts - 1,
  );
  const [seconds, setSeconds] = useState<string | null>(null);
  const [blocked, setBlocked] = useState(false);
  const state = () => store.getState();

  const openPresenter = () => {
    const win = window.open(
      presenterUrl(index + 1, state().lesson),
      'silk-road-story-map-presenter',
      'popup,width=1200,height=800',
    );
    setBlocked(!win);
  };

  return (
    <fieldset className="present-toolbar" onMouseDown={leaveFocus}>
      <legend className="sr-only">{t('presentationControls')}</legend>
      <button type="button" onClick={() => state().stepSlide(-1)} disabled={atStart}>
        <span aria-hidden="true">‹</span> {t('previousSlide')}
      </button>
      <button type="button" onClick={() => state().stepSlide(1)} disabled={atEnd}>
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
