import { useEffect, useMemo, useRef } from 'react';
import { formatStoryDate, formatYear } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { prefersReducedMotion } from '../lib/motion';
import { useApp, useAppStore, useVisibleEvents } from '../store/use-app';
import type { TimedEvent } from '../story/normalise';
import type { Lang } from '../story/schema';

const COARSE = new Set(['century', 'decade']);

/** Events grouped by year (or by their century or decade where that is all the story knows), in time order. */
function byYear(events: TimedEvent[], lang: Lang): { label: string; events: TimedEvent[] }[] {
  const groups: { label: string; events: TimedEvent[] }[] = [];
  for (const e of events) {
    const label = COARSE.has(e.precision)
      ? formatStoryDate(e.start, e.precision, lang)
      : formatYear(new Date(e.start.time).getUTCFullYear(), lang);
    const last = groups.at(-1);
    if (last?.label === label) last.events.push(e);
    else groups.push({ label, events: [e] });
  }
  return groups;
}

/** The timeline on a phone: every event by date with its whole title, the active one in view. */
export function TimelineList({ shown = true, onPick }: { shown?: boolean; onPick?: () => void }) {
  const t = useT();
  const store = useAppStore();
  const lang = useApp((s) => s.lang);
  const activeId = useApp((s) => s.activeEventId);
  const listRef = useRef<HTMLDivElement>(null);
  const events = useVisibleEvents();
  const groups = useMemo(() => byYear(events, lang), [events, lang]);

  // The active event is brought into view whenever the list is shown, not only when it changes.
  useEffect(() => {
    if (!activeId || !shown) return;
    listRef.current
      ?.querySelector('[aria-current="true"]')
      ?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [activeId, shown]);

  return (
    <section className="timeline-panel timeline-list" aria-label={t('timeline')}>
      <div ref={listRef} className="timeline-list-scroll">
        <ol aria-label={t('events')}>
          {groups.map((g) => (
            <li key={g.label}>
              <h3 className="timeline-year">{g.label}</h3>
              <ol>
                {g.events.map((e) => {
                  const date = formatStoryDate(e.start, e.precision, lang);
                  return (
                    <li key={e.id}>
                      <button
                        type="button"
                        className={`timeline-row cat-${e.category}`}
                        aria-current={e.id === activeId ? 'true' : undefined}
                        aria-label={`${e.title[lang]}, ${date}`}
                        lang={LANG_TAG[lang]}
                        onClick={() => {
                          store.getState().activate(e.id, 'timeline');
                          onPick?.();
                        }}
                      >
                        <span className="timeline-row-date" aria-hidden="true">
                          {date}
                        </span>
                        <span className="timeline-row-title" aria-hidden="true">
                          {e.title[lang]}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
