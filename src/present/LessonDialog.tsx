import { useId, useMemo, useRef, useState } from 'react';
import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { storyCategories } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import type { TimedEvent } from '../story/normalise';
import type { Category } from '../story/schema';
import './lesson.css';

/** An `<input type="date">` value as the first (or last) instant of that day; empty is no limit. */
function dayTime(value: string, end: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + (end ? 86_400_000 - 1 : 0);
}

/** The events within the categories and the time span, in time order. */
function inScope(events: TimedEvent[], categories: Set<Category>, from: string, to: string): TimedEvent[] {
  const start = dayTime(from, false);
  const end = dayTime(to, true);
  return events.filter(
    (e) =>
      categories.has(e.category) &&
      (start === null || e.endTime >= start) &&
      (end === null || e.start.time <= end),
  );
}

/**
 * The teacher's choice of what to present (`?present&events=`): events picked one by one within
 * the categories and the time span chosen; the handout follows the same choice.
 */
export function LessonDialog() {
  const t = useT();
  const store = useAppStore();
  const story = useApp((s) => s.story);
  const lang = useApp((s) => s.lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const all = useMemo(() => storyCategories(story), [story]);
  const [categories, setCategories] = useState<Set<Category>>(new Set());
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const events = story?.events ?? [];
  const shown = inScope(events, categories, from, to);
  const chosen = shown.filter((e) => picked.has(e.id));

  const open = () => {
    const { lesson } = store.getState();
    setCategories(new Set(all));
    setFrom('');
    setTo('');
    setPicked(new Set(lesson ?? events.map((e) => e.id)));
    dialog.current?.showModal();
  };
  const present = (ids: string[] | null) => {
    const s = store.getState();
    dialog.current?.close();
    s.setLesson(ids);
    if (s.mode !== 'present') s.setMode('present');
  };
  const toggle = <T,>(set: Set<T>, value: T, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };
  const pickAll = (on: boolean) => setPicked((prev) => shown.reduce((set, e) => toggle(set, e.id, on), prev));

  return (
    <>
      {/* An icon beside Present, its name as tooltip: the header keeps to one line on a laptop. */}
      <button
        type="button"
        className="lesson-button"
        aria-haspopup="dialog"
        aria-label={t('chooseLesson')}
        title={t('chooseLesson')}
        onClick={open}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path
            d="M1.5 3.5l1.5 1.5 2.5-3M1.5 10l1.5 1.5 2.5-3M8 3.5h6.5M8 10h6.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
        </svg>
      </button>
      <dialog ref={dialog} className="lesson-dialog" aria-labelledby={titleId} lang={LANG_TAG[lang]}>
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen.length > 0) present(chosen.map((ev) => ev.id));
          }}
        >
          <h2 id={titleId}>{t('chooseLesson')}</h2>
          <fieldset className="lesson-categories">
            <legend>{t('filter')}</legend>
            {all.map((c) => (
              <label key={c}>
                <input
                  type="checkbox"
                  checked={categories.has(c)}
                  onChange={(e) => setCategories((prev) => toggle(prev, c, e.target.checked))}
                />
                {t(`category_${c}`)}
              </label>
            ))}
          </fieldset>
          <fieldset className="lesson-span">
            <legend>{t('lessonSpan')}</legend>
            <label>
              {t('lessonFrom')} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            </label>
            <label>
              {t('lessonTo')} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            </label>
          </fieldset>
          <fieldset className="lesson-events">
            <legend>{t('lessonEvents', { n: chosen.length, total: shown.length })}</legend>
            <div className="lesson-bulk">
              <button type="button" onClick={() => pickAll(true)}>
                {t('lessonPickAll')}
              </button>
              <button type="button" onClick={() => pickAll(false)}>
                {t('lessonPickNone')}
              </button>
            </div>
            <ul>
              {shown.map((e) => (
                <li key={e.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={picked.has(e.id)}
                      onChange={(ev) => setPicked((prev) => toggle(prev, e.id, ev.target.checked))}
                    />
                    <span className="lesson-date">{formatStoryDate(e.start, e.precision, lang)}</span>{' '}
                    {e.title[lang]}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="lesson-actions">
            <button type="submit" className="lesson-present" disabled={chosen.length === 0}>
              {t('lessonPresent', { n: chosen.length })}
            </button>
            <button type="button" onClick={() => present(null)}>
              {t('lessonEverything')}
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              {t('close')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
