import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { formatStoryDate } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { prefersReducedMotion } from '../lib/motion';
import { isWindowed } from '../lib/windowing';
import { useApp, useAppStore, useVisibleEvents } from '../store/use-app';
import type { TimedEvent } from '../story/normalise';
import type { Lang } from '../story/schema';
import { byYear, listRows } from './list-rows';

/** The timeline on a phone: every event by date with its whole title, the active one in view. */
export function TimelineList({ shown = true, onPick }: { shown?: boolean; onPick?: () => void }) {
  const t = useT();
  const store = useAppStore();
  const lang = useApp((s) => s.lang);
  const activeId = useApp((s) => s.activeEventId);
  const listRef = useRef<HTMLDivElement>(null);
  const events = useVisibleEvents();
  const groups = useMemo(() => byYear(events, lang), [events, lang]);
  // Thousands of events: only the rows near the screen are in the page, and year headings scroll with their rows.
  const windowed = useMemo(() => (isWindowed(events.length) ? listRows(groups) : null), [events, groups]);
  const virtualizer = useVirtualizer({
    count: windowed?.rows.length ?? 0,
    getScrollElement: () => listRef.current,
    estimateSize: (i) => (windowed?.rows[i]?.kind === 'year' ? 34 : 66),
    overscan: 6,
    enabled: windowed !== null,
  });

  // The active event is brought into view whenever the list is shown, not only when it changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the virtualiser and rows are read when the event changes
  useEffect(() => {
    if (!activeId || !shown) return;
    const behavior = prefersReducedMotion() ? 'auto' : 'smooth';
    const current = listRef.current?.querySelector('[aria-current="true"]');
    const row = windowed?.rowOf.get(activeId);
    if (!current && row !== undefined) virtualizer.scrollToIndex(row, { align: 'center', behavior });
    else current?.scrollIntoView({ block: 'center', behavior });
  }, [activeId, shown]);

  const pick = (id: string) => {
    store.getState().activate(id, 'timeline');
    onPick?.();
  };
  const row = (e: TimedEvent) => <EventRow event={e} lang={lang} current={e.id === activeId} onPick={pick} />;

  return (
    <section className="timeline-panel timeline-list" aria-label={t('timeline')}>
      <div ref={listRef} className="timeline-list-scroll">
        {windowed ? (
          <ol
            aria-label={t('events')}
            className="timeline-list-rows"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const r = windowed.rows[item.index];
              return r ? (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {r.kind === 'year' ? <h3 className="timeline-year">{r.label}</h3> : row(r.event)}
                </li>
              ) : null;
            })}
          </ol>
        ) : (
          <ol aria-label={t('events')}>
            {groups.map((g) => (
              <li key={g.label}>
                <h3 className="timeline-year">{g.label}</h3>
                <ol>
                  {g.events.map((e) => (
                    <li key={e.id}>{row(e)}</li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

function EventRow({
  event: e,
  lang,
  current,
  onPick,
}: {
  event: TimedEvent;
  lang: Lang;
  current: boolean;
  onPick: (id: string) => void;
}) {
  const date = formatStoryDate(e.start, e.precision, lang);
  return (
    <button
      type="button"
      className={`timeline-row cat-${e.category}`}
      aria-current={current ? 'true' : undefined}
      aria-label={`${e.title[lang]}, ${date}`}
      lang={LANG_TAG[lang]}
      onClick={() => onPick(e.id)}
    >
      <span className="timeline-row-date" aria-hidden="true">
        {date}
      </span>
      <span className="timeline-row-title" aria-hidden="true">
        {e.title[lang]}
      </span>
    </button>
  );
}
