import { useLayoutEffect, useRef, useState } from 'react';
import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { Icon } from '../lib/icons';
import { activeEvent, visibleEvents } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import type { Lang } from '../story/schema';

interface Props {
  /** On a phone the article is another tab, and the card carries the way there and to the neighbours. */
  phone?: boolean;
  onReadPassage?: () => void;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * Made once per language, and only once a figure is shown: a compact number format takes ICU
 * milliseconds to build, which neither a click nor the first screen should wait for.
 */
function compactNumber(lang: Lang): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LANG_TAG[lang], { notation: 'compact', maximumFractionDigits: 1 });
    numberFormats.set(lang, format);
  }
  return format;
}

/**
 * The active event over the map: what happened, when, where, and the figures the text gives.
 * It folds to its title, so the map beside and under it keeps the event's places in view.
 */
export function EventCard({ phone = false, onReadPassage }: Props) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const event = useApp(activeEvent);
  const story = useApp((s) => s.story);
  const choice = useApp((s) => s.placeChoice);
  const [folded, setFolded] = useState(phone);
  if (!story) return null;
  if (choice) return <PlaceChoice placeId={choice} />;
  if (!event)
    return (
      <p className="event-card empty" data-map-overlay>
        {t('noActive')}
      </p>
    );
  const places = event.places.map((id) => story.placesById.get(id)?.name[lang]).filter(Boolean);
  return (
    <article
      className={`event-card cat-${event.category}${folded ? ' folded' : ''}`}
      data-map-overlay
      lang={LANG_TAG[lang]}
      aria-labelledby="event-card-title"
    >
      <p className="event-meta">
        <span className="cat-badge">{t(`category_${event.category}`)}</span>
        <time dateTime={event.date}>{formatStoryDate(event.start, event.precision, lang)}</time>
        <button
          type="button"
          className="card-fold"
          aria-expanded={!folded}
          aria-controls="event-card-details"
          onClick={() => setFolded(!folded)}
        >
          {folded ? t('moreDetails') : t('lessDetails')}
        </button>
      </p>
      <h2 id="event-card-title">{event.title[lang]}</h2>
      <div id="event-card-details" className="event-details" hidden={folded}>
        <p className="event-summary">{event.summary[lang]}</p>
        {places.length > 0 && <p className="event-places">{places.join(' · ')}</p>}
        {event.facts && event.facts.length > 0 && (
          <dl className="event-facts" aria-label={t('facts')}>
            {event.facts.map((f) => (
              <div key={`${f.label.en}-${f.value}`}>
                <dt>{f.label[lang]}</dt>
                <dd>
                  {compactNumber(lang).format(f.value)} {f.unit[lang]}
                </dd>
              </div>
            ))}
          </dl>
        )}
        {event.dateNote && (
          <p className="event-date-note">
            <span>{t('dateNote')}: </span>
            {event.dateNote[lang]}
          </p>
        )}
      </div>
      {phone && <CardActions onReadPassage={onReadPassage} />}
    </article>
  );
}

/** On a phone: the neighbouring events and the passage, a thumb's reach away. */
function CardActions({ onReadPassage }: { onReadPassage?: () => void }) {
  const t = useT();
  const store = useAppStore();
  return (
    <div className="card-actions">
      <button type="button" onClick={() => store.getState().step(-1, 'nav')} aria-label={t('previous')}>
        <Icon name="left" />
      </button>
      {onReadPassage && (
        <button type="button" className="read-passage" onClick={onReadPassage}>
          {t('readPassage')}
        </button>
      )}
      <button type="button" onClick={() => store.getState().step(1, 'nav')} aria-label={t('next')}>
        <Icon name="right" />
      </button>
    </div>
  );
}

/** A place with several events: they are listed with their dates to choose from. */
function PlaceChoice({ placeId }: { placeId: string }) {
  const t = useT();
  const store = useAppStore();
  const lang = useApp((s) => s.lang);
  const story = useApp((s) => s.story);
  const hidden = useApp((s) => s.hiddenCategories);
  const listRef = useRef<HTMLUListElement>(null);
  const place = story?.placesById.get(placeId);
  const events = story
    ? visibleEvents({ story, hiddenCategories: hidden }).filter((e) => e.places.includes(placeId))
    : [];

  // A keyboard user who chose the place from the list of places continues in the choice, and
  // comes back to that place when the choice closes, rather than to the top of the page.
  useLayoutEffect(() => {
    const opener = document.activeElement;
    if (!(opener instanceof HTMLElement && opener.closest('.place-list, .search'))) return;
    const section = listRef.current?.closest('section');
    listRef.current?.querySelector('button')?.focus();
    return () => {
      const now = document.activeElement;
      if (!now || now === document.body || section?.contains(now)) opener.focus();
    };
  }, []);

  if (!place) return null;
  return (
    <section
      className="event-card place-choice"
      data-map-overlay
      lang={LANG_TAG[lang]}
      aria-labelledby="place-choice-title"
      onKeyDown={(e) => e.key === 'Escape' && store.getState().closePlaceChoice()}
    >
      <div className="place-choice-head">
        <h2 id="place-choice-title">{place.name[lang]}</h2>
        <button
          type="button"
          className="card-close"
          aria-label={t('close')}
          onClick={() => store.getState().closePlaceChoice()}
        >
          ×
        </button>
      </div>
      <p className="event-meta">{t('placeChoice', { count: events.length })}</p>
      <ul ref={listRef}>
        {events.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className={`choice cat-${e.category}`}
              onClick={() => store.getState().activate(e.id, 'map')}
            >
              <span className="choice-date">{formatStoryDate(e.start, e.precision, lang)}</span>
              <span className="choice-title">{e.title[lang]}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
