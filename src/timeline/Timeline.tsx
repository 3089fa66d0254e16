import {
  type FocusEvent,
  type KeyboardEvent,
  memo,
  type PointerEvent,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import { formatStoryDate, formatTick } from '../i18n/format-date';
import { LANG_TAG } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { afterNextPaint } from '../lib/after-paint';
import { Icon } from '../lib/icons';
import { prefersReducedMotion } from '../lib/motion';
import { isWindowed, itemsInSpan, windowSpan, withItem } from '../lib/windowing';
import { useApp, useAppStore, useVisibleEvents } from '../store/use-app';
import type { NormalisedStory, TimedEvent } from '../story/normalise';
import type { Lang } from '../story/schema';
import { DOT, LABEL_PAD, type LabelFit, layoutMarks, namedShare, type PlacedMark, thinAxis } from './lanes';
import { measureLabel, onLabelFontReady } from './measure';
import { type FocusContextScale, focusContextScale, placementTimes, segmentTicks } from './scale';
import { TimelineList } from './TimelineList';

const PAD = 24;
const NO_EVENTS: TimedEvent[] = [];
const NO_KEEP: ReadonlySet<string> = new Set();
const MIN_ZOOM = 1;
const MAX_ZOOM = 40;
/** The longest the browser takes over a smooth scroll, ms: past it, a glide no `scrollend` ended is over. */
const GLIDE_MS = 2000;
/** The rows: tick labels on top, then the lanes of named marks, then the axis for the unnamed. */
const TICK_ROW = 22;
const LANE = 36;
const AXIS_ROW = 22;
/** Zooms tried for the first view: the least that names nearly every event. */
const START_ZOOMS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8];
const WELL_NAMED = 0.85;

interface Props {
  /** `list`: events as a scrollable list by date, for a phone; `axis`: the time axis. */
  layout?: 'axis' | 'list';
  /** Called when a reader picks an event in the list (a phone then shows the map). */
  onPick?: () => void;
  /** Whether the list is on screen (a phone's tab). */
  shown?: boolean;
}

/** The story's events in time: a zoomable focus+context axis, or a list on a phone. */
export function Timeline({ layout = 'axis', onPick, shown }: Props) {
  return layout === 'list' ? <TimelineList onPick={onPick} shown={shown} /> : <TimelineAxis />;
}

/** Titles' label fits in each language: fitting is most of laying out the marks, done again at every zoom. */
const FITS: Record<Lang, Map<string, LabelFit | null>> = { en: new Map(), zh: new Map() };

function useLanes(events: TimedEvent[], xOfEvent: (e: TimedEvent) => number, lang: Lang, lanes: number) {
  const [fontEpoch, setFontEpoch] = useState(0);
  useEffect(
    () =>
      onLabelFontReady(() => {
        for (const fits of Object.values(FITS)) fits.clear();
        setFontEpoch((n) => n + 1);
      }),
    [],
  );
  return useMemo(() => {
    void fontEpoch;
    return layoutMarks(
      events.map((e) => ({ id: e.id, x: xOfEvent(e), label: e.title[lang] })),
      labelOptions(lang, lanes),
    );
  }, [events, xOfEvent, lang, lanes, fontEpoch]);
}

/** Where the first view starts: a little before the busiest days, the heart of the story. */
const firstViewStart = (scale: FocusContextScale, x: (time: number) => number, width: number) => {
  const focus = scale.segments.find((s) => s.role === 'focus');
  return focus ? Math.max(0, x(focus.start) - width / 5) : 0;
};

/**
 * The least zoom at which nearly every event of the first view is named: the more the axis is
 * crowded, the closer it starts.
 */
function startZoom(
  events: TimedEvent[],
  xAt: (e: TimedEvent, zoom: number) => number,
  start: (zoom: number) => number,
  width: number,
  lang: Lang,
  lanes: number,
): number {
  for (const zoom of START_ZOOMS) {
    const marks = layoutMarks(
      events.map((e) => ({ id: e.id, x: xAt(e, zoom), label: e.title[lang] })),
      labelOptions(lang, lanes),
    );
    const from = start(zoom);
    if (namedShare(marks, from, from + width) >= WELL_NAMED) return zoom;
  }
  return START_ZOOMS.at(-1) ?? 1;
}

const labelOptions = (lang: Lang, lanes: number) => ({
  lanes,
  measure: measureLabel,
  maxWidth: lang === 'zh' ? 160 : 190,
  cjk: lang === 'zh',
  fits: FITS[lang],
});

function TimelineAxis() {
  const t = useT();
  const store = useAppStore();
  const story = useApp((s) => s.story);
  const lang = useApp((s) => s.lang);
  const activeId = useApp((s) => s.activeEventId);
  const activation = useApp((s) => s.activation);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ width: 0, height: 0 });
  const [zoom, setZoom] = useState<number | null>(null);
  const anchor = useRef<{ x: number; ratio: number } | null>(null);
  /** Where the timeline's own smooth scroll is heading, until it ends. */
  const gliding = useRef<number | null>(null);

  const events = useVisibleEvents();
  const scale = useMemo(() => focusContextScale((story?.events ?? []).map((e) => e.start.time)), [story]);
  const placed = useMemo(
    () =>
      placementTimes(
        (story?.events ?? []).map((e) => ({ id: e.id, time: e.start.time, precision: e.precision })),
      ),
    [story],
  );
  const lanes = Math.min(6, Math.max(2, Math.floor((viewport.height - TICK_ROW - AXIS_ROW) / LANE)));
  const xAt = useCallback(
    (e: { id: string; start: { time: number } }, z: number) =>
      PAD + scale.toUnit(placed.get(e.id) ?? e.start.time) * (Math.max(1, viewport.width) * z - 2 * PAD),
    [scale, placed, viewport.width],
  );

  // The first view is close enough to name the events; "fit" (0) shows the whole span.
  useLayoutEffect(() => {
    if (zoom !== null || viewport.width === 0 || !story) return;
    const start = (z: number) =>
      firstViewStart(scale, (t) => PAD + scale.toUnit(t) * (viewport.width * z - 2 * PAD), viewport.width);
    setZoom(startZoom(events, xAt, start, viewport.width, lang, lanes));
  }, [zoom, viewport.width, story, events, xAt, lang, lanes, scale]);

  const z = zoom ?? 1;
  const width = Math.max(viewport.width, viewport.width * z);
  const inner = width - 2 * PAD;
  const xOf = useCallback((time: number) => PAD + scale.toUnit(time) * inner, [scale, inner]);
  const xOfEvent = useCallback((e: TimedEvent) => xAt(e, z), [xAt, z]);
  // Until the axis knows its size and first zoom, marks would be laid out only to be laid out again.
  const marks = useLanes(zoom === null ? NO_EVENTS : events, xOfEvent, lang, lanes);
  const shownMarks = useMarksNearView(scrollRef, marks, activeId, width);

  // The scrolling box exists only once there is a story (a preview may get its story after mounting).
  const hasStory = story !== null;
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || !hasStory) return;
    // The size arrives after the page's layout and before its paint. A new size is rendered at once, so
    // the marks in that paint are not where the old width put them. The first is not: the page's first
    // paint (the article's text) need not wait for marks that are not there yet to move.
    let first = true;
    const observer = new ResizeObserver(() => {
      const size = { width: el.clientWidth, height: el.clientHeight };
      if (first) setViewport(size);
      else flushSync(() => setViewport(size));
      first = false;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasStory]);

  const zoomBy = useCallback(
    (factor: number, atClientX?: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const rect = el.getBoundingClientRect();
      const x = atClientX === undefined ? el.clientWidth / 2 : atClientX - rect.left;
      setZoom((current) => {
        const from = current ?? 1;
        anchor.current = { x, ratio: (el.scrollLeft + x) / (viewport.width * from) };
        return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, from * factor));
      });
    },
    [viewport.width],
  );

  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !hasStory) return;
    const ended = () => {
      gliding.current = null;
    };
    el.addEventListener('scrollend', ended);
    return () => el.removeEventListener('scrollend', ended);
  }, [hasStory]);

  // Keep the point under the cursor (or the centre) still while zooming.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || !anchor.current) return;
    el.scrollLeft = anchor.current.ratio * width - anchor.current.x;
    anchor.current = null;
  }, [width]);

  // Keep the active event in view, whoever chose it; with none, open on the heart of the story.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `activation` re-runs it for repeated choices
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || zoom === null || !story) return;
    // After the paint: reading the scroll position lays the page out, and the answer to a click
    // (the passage, the card) need not wait for that.
    return afterNextPaint(() => {
      const id = store.getState().activeEventId;
      const event = id ? story.eventsById.get(id) : undefined;
      if (!event) {
        if (el.scrollLeft === 0) el.scrollLeft = firstViewStart(scale, xOf, el.clientWidth);
        return;
      }
      const x = xOfEvent(event);
      // Mid-glide, the view that counts is where the glide ends: what is in view now may not be then.
      const left = gliding.current ?? el.scrollLeft;
      if (x < left + 40 || x > left + el.clientWidth - 200) {
        const smooth = !prefersReducedMotion();
        const target = Math.max(0, Math.min(x - el.clientWidth / 3, el.scrollWidth - el.clientWidth));
        gliding.current = smooth ? target : null;
        el.scrollTo({ left: target, behavior: smooth ? 'smooth' : 'auto' });
        // `scrollend` ends the glide; where it is not fired, a glide is over in well under this.
        setTimeout(() => {
          if (gliding.current === target) gliding.current = null;
        }, GLIDE_MS);
      }
    });
  }, [activation, store, story, xOfEvent, zoom === null]);

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
  const axisTop = TICK_ROW + lanes * LANE;
  return (
    <section className="timeline-panel" aria-label={t('timeline')} onKeyDown={onKeyDown}>
      <TimelineToolbar
        position={activeIndex >= 0 ? t('eventOf', { n: activeIndex + 1, total: story.events.length }) : ''}
        zoom={z}
        onZoom={zoomBy}
        onFit={() => setZoom(1)}
      />
      <div
        ref={scrollRef}
        className="timeline-scroll"
        data-zoom={z.toFixed(2)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <div className="timeline-inner" style={{ width }}>
          {zoom !== null && <Axis scale={scale} xOf={xOf} inner={inner} lang={lang} axisTop={axisTop} />}
          {shownMarks.dots.length > 0 && (
            <AxisDots dots={shownMarks.dots} story={story} y={axisTop + AXIS_ROW / 2} />
          )}
          <ol
            className="timeline-marks"
            aria-label={t('events')}
            onFocus={shownMarks.onFocus}
            onBlur={shownMarks.onBlur}
          >
            {shownMarks.buttons.map((m) => {
              const e = story.eventsById.get(m.id);
              return e ? (
                <Mark
                  key={e.id}
                  event={e}
                  mark={m}
                  top={m.lane === null ? axisTop + (AXIS_ROW - DOT) / 2 : TICK_ROW + m.lane * LANE}
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

/**
 * The marks to render: all of them for a story of ordinary size; for a large one, the buttons within
 * a screen of the view, plus the active and the focused mark wherever they are (so the current event
 * keeps its name for screen readers and the keyboard focus is never dropped), and the dots of the
 * whole crowded axis. Marks are sorted by x.
 */
function useMarksNearView(
  scrollRef: RefObject<HTMLDivElement | null>,
  marks: PlacedMark[],
  activeId: string | null,
  width: number,
) {
  const windowed = isWindowed(marks.length);
  const [span, setSpan] = useState({ from: 0, to: 0 });
  const [focusedId, setFocusedId] = useState<string | null>(null);

  // A new span only when the scroll crosses a step of the span: a few renders per screen, not one per scroll event.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new width (zoom) moves the marks under the view
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || !windowed) return;
    const update = () => {
      const next = windowSpan(el.scrollLeft, el.clientWidth);
      setSpan((current) => (current.from === next.from && current.to === next.to ? current : next));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    return () => el.removeEventListener('scroll', update);
  }, [scrollRef, windowed, width]);

  // Thinned once for the whole axis: the dots are drawn whole, once per layout, not rebuilt at every
  // step, and a scroll only changes which buttons are in the page.
  const thinned = useMemo(() => (windowed ? thinAxis(marks, NO_KEEP) : null), [windowed, marks]);
  const near = useMemo(() => {
    if (!thinned) return { buttons: marks, dots: [] };
    const keep = new Set(focusedId ? [focusedId] : []);
    return {
      buttons: itemsInSpan(thinned.buttons, span.from, span.to, (m) => m.x, keep),
      dots: thinned.dots,
    };
  }, [thinned, marks, span, focusedId]);
  const byId = useMemo(() => (windowed ? new Map(marks.map((m) => [m.id, m])) : null), [windowed, marks]);
  // A new active event adds its one button to those near the view: the rest, and the drawn dots, stay as they are.
  const shown = useMemo(
    () => ({
      ...near,
      buttons: withItem(near.buttons, activeId ? byId?.get(activeId) : undefined, (m) => m.x),
    }),
    [near, byId, activeId],
  );

  const onFocus = useCallback((e: FocusEvent) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
    setFocusedId(id ?? null);
  }, []);
  const onBlur = useCallback(() => setFocusedId(null), []);
  return {
    ...shown,
    onFocus: windowed ? onFocus : undefined,
    onBlur: windowed ? onBlur : undefined,
  };
}

function TimelineToolbar({
  position,
  zoom,
  onZoom,
  onFit,
}: {
  position: string;
  zoom: number;
  onZoom: (factor: number) => void;
  onFit: () => void;
}) {
  const t = useT();
  const store = useAppStore();
  return (
    <div className="timeline-toolbar">
      <button type="button" onClick={() => store.getState().step(-1, 'nav')} aria-label={t('previous')}>
        <Icon name="left" />
      </button>
      <span className="timeline-position" aria-hidden="true">
        {position}
      </span>
      <button type="button" onClick={() => store.getState().step(1, 'nav')} aria-label={t('next')}>
        <Icon name="right" />
      </button>
      <span className="toolbar-spacer" />
      <button
        type="button"
        onClick={() => onZoom(1 / 1.5)}
        aria-label={t('zoomOut')}
        disabled={zoom <= MIN_ZOOM}
      >
        −
      </button>
      <button type="button" onClick={() => onZoom(1.5)} aria-label={t('zoomIn')} disabled={zoom >= MAX_ZOOM}>
        +
      </button>
      <button type="button" onClick={onFit} aria-label={t('fitTimeline')} disabled={zoom === 1}>
        <Icon name="expand" />
      </button>
    </div>
  );
}

interface AxisProps {
  scale: FocusContextScale;
  xOf: (time: number) => number;
  inner: number;
  lang: Lang;
  axisTop: number;
}

/** Segments, breaks and ticks; a tick whose label would run into the next tick or a break is left unlabelled. */
const Axis = memo(function Axis({ scale, xOf, inner, lang, axisTop }: AxisProps) {
  const ticks = segmentTicks(scale, inner);
  const breaks = scale.segments.filter((s) => s.breakBefore).map((s) => xOf(s.start) - 6);
  const stops = [...ticks.map((k) => PAD + k.at * inner), ...breaks].sort((a, b) => a - b);
  return (
    <svg className="timeline-axis" width="100%" height="100%" aria-hidden="true">
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
      <line className="axis-line" x1={0} x2="100%" y1={axisTop + AXIS_ROW / 2} y2={axisTop + AXIS_ROW / 2} />
      {breaks.map((x) => (
        <g key={`b${x}`} className="axis-break" transform={`translate(${x}, 0)`}>
          <path d="M-4 6 L4 -2 M-4 14 L4 6" />
        </g>
      ))}
      {ticks.map((k) => {
        const x = PAD + k.at * inner;
        const label = formatTick(k.time, k.unit, lang);
        const next = stops.find((s) => s > x + 1) ?? Number.POSITIVE_INFINITY;
        return (
          <g key={k.time} className={`tick tick-${k.unit}`} transform={`translate(${x}, 0)`}>
            <line y1={0} y2="100%" />
            {x + 4 + measureLabel(label) * (11 / 12) + 4 < next && (
              <text x={4} y={14}>
                {label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
});

/** The crowded axis's marks that are not buttons: one path a category, a dot each, under the buttons. */
const AxisDots = memo(function AxisDots({
  dots,
  story,
  y,
}: {
  dots: PlacedMark[];
  story: NormalisedStory;
  y: number;
}) {
  // Dots less than a pixel apart look like one: a dot per category and pixel keeps the paths (and
  // the garbage of building them) small where tens of thousands of events crowd the axis.
  const xs = new Map<string, Set<number>>();
  for (const m of dots) {
    const category = story.eventsById.get(m.id)?.category;
    if (!category) continue;
    const at = xs.get(category) ?? new Set<number>();
    at.add(Math.round(m.x));
    xs.set(category, at);
  }
  const paths = [...xs].map(
    ([category, at]) => [category, [...at].map((x) => `M${x} ${y}h0`).join('')] as const,
  );
  return (
    <svg className="timeline-dots" width="100%" height="100%" aria-hidden="true">
      <path className="halo" d={paths.map(([, d]) => d).join('')} />
      {paths.map(([category, d]) => (
        <path key={category} className={`cat-${category}`} d={d} />
      ))}
    </svg>
  );
});

interface MarkProps {
  event: TimedEvent;
  mark: PlacedMark;
  top: number;
  active: boolean;
  lang: Lang;
  onActivate: (id: string) => void;
}

/** One event on the axis. Memoised: choosing an event re-renders two marks, not thousands. */
const Mark = memo(function Mark({ event: e, mark: m, top, active, lang, onActivate }: MarkProps) {
  const date = formatStoryDate(e.start, e.precision, lang);
  const title = e.title[lang];
  return (
    <li className={active ? 'active' : undefined} style={{ left: m.x, top }} data-event-id={e.id}>
      <button
        type="button"
        className={`mark cat-${e.category}${m.fit ? '' : ' unnamed'}`}
        aria-current={active ? 'true' : undefined}
        aria-label={`${title}, ${date}`}
        lang={LANG_TAG[lang]}
        title={`${title} · ${date}`}
        onClick={() => onActivate(e.id)}
      >
        <span className="mark-dot" aria-hidden="true" />
        {m.fit ? (
          <span className="mark-label" aria-hidden="true" style={{ width: m.fit.width + 2 * LABEL_PAD }}>
            {m.fit.lines.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </span>
        ) : (
          // Named where there is no room only on hover and focus, and while it is the active event.
          <span className="mark-tip" aria-hidden="true">
            {title}
          </span>
        )}
      </button>
    </li>
  );
});
