import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { activeEvent } from '../store/store';
import { useApp } from '../store/use-app';

interface Props {
  /** Shown on a phone, where the article is a separate tab. */
  onReadPassage?: () => void;
}

/** The active event over the map: what happened, when, where, and the figures the text gives. */
export function EventCard({ onReadPassage }: Props) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const event = useApp(activeEvent);
  const story = useApp((s) => s.story);
  if (!event || !story) return <div className="event-card empty">{t('noActive')}</div>;
  const number = new Intl.NumberFormat(LANG_TAG[lang], { notation: 'compact', maximumFractionDigits: 1 });
  const places = event.places.map((id) => story.placesById.get(id)?.name[lang]).filter(Boolean);
  return (
    <article
      className={`event-card cat-${event.category}`}
      data-map-overlay
      lang={LANG_TAG[lang]}
      aria-labelledby="event-card-title"
    >
      <p className="event-meta">
        <span className="cat-badge">{t(`category_${event.category}`)}</span>
        <time dateTime={event.date}>{formatStoryDate(event.start, event.precision, lang)}</time>
      </p>
      <h2 id="event-card-title">{event.title[lang]}</h2>
      <p className="event-summary">{event.summary[lang]}</p>
      {places.length > 0 && <p className="event-places">{places.join(' · ')}</p>}
      {event.facts && event.facts.length > 0 && (
        <dl className="event-facts" aria-label={t('facts')}>
          {event.facts.map((f) => (
            <div key={`${f.label.en}-${f.value}`}>
              <dt>{f.label[lang]}</dt>
              <dd>
                {number.format(f.value)} {f.unit[lang]}
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
      {onReadPassage && (
        <button type="button" className="read-passage" onClick={onReadPassage}>
          {t('readPassage')}
        </button>
      )}
    </article>
  );
}
