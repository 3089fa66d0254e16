import {
  type KeyboardEvent,
  memo,
  type PointerEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { formatStoryDate, formatTick } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { prefersReducedMotion } from '../lib/motion';
import { visibleEvents } from '../store/store';
import { useApp, useAppStore } from '../store/use-app';
import type { TimedEvent } from '../story/normalise';
import type { Lang } from '../story/schema';
import { layoutMarks, type PlacedMark } from './lanes';
import { focusContextScale, placementTimes, segmentTicks } from './scale';

const PAD = 24;
const ACTIVE_LABEL = 240;
const MIN_ZOOM = 1;
const MAX_ZOOM = 40;

/** The story's events on a focus+context time axis: scroll, zoom (wheel, pinch, buttons, keys), choose. */
export function Timeline() {
  const t = useT();
  const store = useAppStore();
  const story = useApp((s) => s.story);
  const lang = useApp((s) => s.lang);
  const hidden = useApp((s) => s.hiddenCategories);
  const activeId = useApp((s) => s.activeEventId);
  const activation = useApp((s) => s.activation);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState(800);
  const [zoom, setZoom] = useState(1);
  const anchor = useRef<{ x: number; ratio: number } | null>(null);

  const events = useMemo(
    () => (story ? visibleEvents({ story, hiddenCategories: hidden }) : []),
    [story, hidden],
  );
  const scale = useMemo(() => focusContextScale((story?.events ?? []).map((e) => e.start.time)), [story]);
  const width = Math.max(viewport, viewport * zoom);
  const inner = width - 2 * PAD;
  const xOf = useCallback((time: number) => PAD + scale.toUnit(time) * inner, [scale, inner]);
  const placed = useMemo(
    () =>
      placementTimes(
        (story?.events ?? []).map((e) => ({ id: e.id, time: e.start.time, precision: e.precision })),
      ),
    [story],
  );
  const xOfEvent = useCallback(
    (e: { id: string; start: { time: number } }) => xOf(placed.get(e.id) ?? e.start.time),
    [xOf, placed],
  );
  const ticks = useMemo(() => segmentTicks(scale, inner), [scale, inner]);
  const marks = useMemo(
    () =>
      layoutMarks(
        events.map((e) => ({ id: e.id, x: xOfEvent(e), label: e.title[lang] })),
        lang,
      ),
    [events, xOfEvent, lang],
  );

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewport(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const zoomBy = useCallback(
    (factor: number, atClientX?: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const rect = el.getBoundingClientRect();
      const x = atClientX === undefined ? el.clientWidth / 2 : atClientX - rect.left;
      setZoom((z) => {
        const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z * factor));
        anchor.current = { x, ratio: (el.scrollLeft + x) / (viewport * z) };
        return next;
      });
    },
    [viewport],
  );

  // Keep the point under the cursor (or the centre) still while zooming.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || !anchor.current) return;
    el.scrollLeft = anchor.current.ratio * width - anchor.current.x;
    anchor.current = null;
  }, [width]);

  // Keep the active event in view, whoever chose it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: activation re-runs it for repeated choices
  useEffect(() => {
    const el = scrollRef.current;
    const event = activeId ? story?.eventsById.get(activeId) : undefined;
    if (!el || !event) return;
    const x = xOfEvent(event);
    if (x < el.scrollLeft + 40 || x > el.scrollLeft + el.clientWidth - 160) {
      el.scrollTo({ left: x - el.clientWidth / 3, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    }
  }, [activeId, activation, story, xOfEvent]);

  // Wheel: vertical wheel scrolls the axis; ctrl+wheel (and trackpad pinch) zooms.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        zoomBy(Math.exp(-e.deltaY * 0.01), e.clientX);
      } else if (Math.abs(e.deltaY) > Math.abs(e.deltaX)) {
        e.preventDefault();
        el.scrollLeft += e.deltaY;
      }
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [zoomBy]);

  // Drag to pan with a mouse; two fingers pinch to zoom.
  const pointers = useRef(new Map<number, number>());
  const drag = useRef<{ x: number; left: number; pinch?: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest('button')) return;
    const el = scrollRef.current;
    if (!el) return;
    pointers.current.set(e.pointerId, e.clientX);
    el.setPointerCapture(e.pointerId);
    const xs = [...pointers.current.values()];
    drag.current = {
      x: e.clientX,
      left: el.scrollLeft,
      pinch: xs.length === 2 ? Math.abs((xs[0] ?? 0) - (xs[1] ?? 0)) : undefined,
    };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const el = scrollRef.current;
    const d = drag.current;
    if (!el || !d || !pointers.current.has(e.pointerId)) return;
    pointers.current.set(e.pointerId, e.clientX);
    const xs = [...pointers.current.values()];
    if (xs.length === 2 && d.pinch) {
      const span = Math.abs((xs[0] ?? 0) - (xs[1] ?? 0));
      if (span > 0) zoomBy(span / d.pinch, ((xs[0] ?? 0) + (xs[1] ?? 0)) / 2);
      d.pinch = span;
    } else if (e.pointerType === 'mouse') {
      el.scrollLeft = d.left - (e.clientX - d.x);
    }
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    pointers.current.delete(e.pointerId);
    if (pointers.current.size === 0) drag.current = null;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === '+' || e.key === '=') zoomBy(1.5);
    else if (e.key === '-' || e.key === '_') zoomBy(1 / 1.5);
    else if (e.key === '0') setZoom(1);
    else return;
    e.preventDefault();
  };

  const activate = useCallback((id: string) => store.getState().activate(id, 'timeline'), [store]);

  if (!story) return null;
  const activeIndex = activeId ? (story.eventsById.get(activeId)?.index ?? -1) : -1;
  return (
    <section className="timeline-panel" aria-label={t('timeline')} onKeyDown={onKeyDown}>
      <div className="timeline-toolbar">
        <button type="button" onClick={() => store.getState().step(-1, 'nav')} aria-label={t('previous')}>
          ←
        </button>
        <span className="timeline-position" aria-hidden="true">
          {activeIndex >= 0 ? t('eventOf', { n: activeIndex + 1, total: story.events.length }) : ''}
        </span>
        <button type="button" onClick={() => store.getState().step(1, 'nav')} aria-label={t('next')}>
          →
        </button>
        <span className="toolbar-spacer" />
        <button
          type="button"
          onClick={() => zoomBy(1 / 1.5)}
          aria-label={t('zoomOut')}
          disabled={zoom <= MIN_ZOOM}
        >
          −
        </button>
        <button
          type="button"
          onClick={() => zoomBy(1.5)}
          aria-label={t('zoomIn')}
          disabled={zoom >= MAX_ZOOM}
        >
          +
        </button>
        <button type="button" onClick={() => setZoom(1)} aria-label={t('fitTimeline')} disabled={zoom === 1}>
          ⤢
        </button>
      </div>
      <div
        ref={scrollRef}
        className="timeline-scroll"
        data-zoom={zoom.toFixed(2)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <div className="timeline-inner" style={{ width }}>
          <svg className="timeline-axis" width={width} height="100%" aria-hidden="true">
            {scale.segments.map((s) => (
              <rect
                key={s.start}
                className={`segment ${s.role}`}
                x={xOf(s.start)}
                width={Math.max(0, xOf(s.end) - xOf(s.start))}
                y={0}
                height="100%"
              />
            ))}
            {scale.segments
              .filter((s) => s.breakBefore)
              .map((s) => (
                <g key={`b${s.start}`} className="axis-break" transform={`translate(${xOf(s.start) - 6}, 0)`}>
                  <path d="M-4 6 L4 -2 M-4 14 L4 6" transform="translate(0, 0)" />
                  <text x={0} y={26} textAnchor="middle">
                    ≈
                  </text>
                </g>
              ))}
            {ticks.map((k) => (
              <g
                key={k.time}
                className={`tick tick-${k.unit}`}
                transform={`translate(${PAD + k.at * inner}, 0)`}
              >
                <line y1={0} y2="100%" />
                <text x={4} y={14}>
                  {formatTick(k.time, k.unit, lang)}
                </text>
              </g>
            ))}
          </svg>
          <ol className="timeline-marks" aria-label={t('events')}>
            {marks.map((m) => {
              const e = story.eventsById.get(m.id);
              return e ? (
                <Mark
                  key={e.id}
                  event={e}
                  mark={m}
                  active={e.id === activeId}
                  lang={lang}
                  onActivate={activate}
                />
              ) : null;
            })}
          </ol>
        </div>
      </div>
    </section>
  );
}

interface MarkProps {
  event: TimedEvent;
  mark: PlacedMark;
  active: boolean;
  lang: Lang;
  onActivate: (id: string) => void;
}

/** One event on the axis. Memoised: choosing an event re-renders two marks, not thousands. */
const Mark = memo(function Mark({ event: e, mark: m, active, lang, onActivate }: MarkProps) {
  const date = formatStoryDate(e.start, e.precision, lang);
  return (
    <li className={active ? 'active' : undefined} style={{ left: m.x, top: 22 + m.lane * 26 }}>
      <button
        type="button"
        className={`mark cat-${e.category}`}
        aria-current={active ? 'true' : undefined}
        aria-label={`${e.title[lang]}, ${date}`}
        lang={LANG_TAG[lang]}
        title={`${e.title[lang]} · ${date}`}
        onClick={() => onActivate(e.id)}
      >
        <span className="mark-dot" aria-hidden="true" />
        {/* The active event is always named, over its neighbours if need be. */}
        {(m.showLabel || active) && (
          <span
            className="mark-label"
            aria-hidden="true"
            style={{ maxWidth: active ? ACTIVE_LABEL : m.labelWidth }}
          >
            {e.title[lang]}
          </span>
        )}
      </button>
    </li>
  );
});
