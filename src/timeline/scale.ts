import { scaleLinear } from 'd3-scale';
import { utcTicks } from 'd3-time';
import type { TickUnit } from '../i18n/format-date';
import { utc } from '../story/date';
import type { Precision } from '../story/schema';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** One stretch of time drawn at its own rate. */
export interface Segment {
  start: number;
  end: number;
  /** Share of the axis width, 0..1. */
  share: number;
  /** Events inside. */
  count: number;
  /** A jump in time comes before this segment (drawn as a break). */
  breakBefore: boolean;
  /** The busiest days, the years around them, or a moment far apart from the rest. */
  role: 'focus' | 'context' | 'apart';
}

export interface FocusContextScale {
  segments: Segment[];
  /** Maps a time to 0..1 of the axis. */
  toUnit(time: number): number;
  toTime(unit: number): number;
}

const FOCUS_SHARE = 0.5;
/** Share of a far-off moment (the Han envoys). */
const APART_SHARE = 0.035;
const BREAK_SHARE = 0.02;

/**
 * Splits times where a gap is far larger than the story's usual spread (twice the
 * interquartile span, at least ten years): the Han envoys and the Age of Discovery stand apart.
 */
function clusters(times: number[]): number[][] {
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  const gap = Math.max(10 * YEAR, 2 * (q(0.75) - q(0.25)));
  const out: number[][] = [];
  for (const t of times) {
    const last = out.at(-1);
    if (last && t - (last.at(-1) ?? t) <= gap) last.push(t);
    else out.push([t]);
  }
  return out;
}

/** The shortest whole-day window holding at least 40% of the events, with the busy days next to it. */
function focusWindow(times: number[], total: number): [number, number] {
  const need = Math.max(2, Math.ceil(total * 0.4));
  let best: [number, number] = [times[0] ?? 0, times.at(-1) ?? 0];
  for (let i = 0; i + need - 1 < times.length; i++) {
    const a = times[i] ?? 0;
    const b = times[i + need - 1] ?? 0;
    if (b - a < best[1] - best[0]) best = [a, b];
  }
  let start = Math.floor(best[0] / DAY) * DAY;
  let end = (Math.floor(best[1] / DAY) + 1) * DAY;
  // Grow over neighbouring days that have events, so the focus holds the whole trip.
  for (const t of times) if (t >= end && t < end + DAY) end = (Math.floor(t / DAY) + 1) * DAY;
  for (const t of [...times].reverse()) if (t < start && t >= start - DAY) start = Math.floor(t / DAY) * DAY;
  return [start, end];
}

/** The stretch of time drawn for each cluster: whole years, and half a century around a lone moment. */
function windows(groups: number[][]): [number, number][] {
  const out = groups.map((g): [number, number] => {
    const a = g[0] ?? 0;
    const b = g.at(-1) ?? a;
    if (b - a < YEAR) return [a - 25 * YEAR, b + 25 * YEAR];
    return [utc(new Date(a).getUTCFullYear()), utc(new Date(b).getUTCFullYear() + 1)];
  });
  // Neighbouring windows must not overlap: share the gap between them.
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1] as [number, number];
    const cur = out[i] as [number, number];
    if (prev[1] >= cur[0]) {
      const mid = ((groups[i - 1]?.at(-1) ?? 0) + (groups[i]?.[0] ?? 0)) / 2;
      prev[1] = mid;
      cur[0] = mid + 1;
    }
  }
  return out;
}

/**
 * A focus+context axis: the busiest few days get most of the width, the years around them
 * the rest, and far-off moments (the Han envoys) a short stretch of their own after a break.
 */
export function focusContextScale(eventTimes: number[]): FocusContextScale {
  const times = [...eventTimes].sort((a, b) => a - b);
  const groups = clusters(times);
  const main = groups.reduce((a, b) => (b.length > a.length ? b : a), groups[0] ?? [0]);
  const segments: Omit<Segment, 'share'>[] = [];
  const count = (s: number, e: number) => times.filter((t) => t >= s && t < e).length;

  const spans = windows(groups);
  groups.forEach((group, i) => {
    const [start, end] = spans[i] ?? [0, 0];
    const breakBefore = segments.length > 0;
    if (group !== main) {
      segments.push({ start, end, count: group.length, breakBefore, role: 'apart' });
      return;
    }
    const [f0, f1] = focusWindow(group, times.length);
    if (f1 - f0 > (end - start) * 0.2) {
      segments.push({ start, end, count: group.length, breakBefore, role: 'focus' });
      return;
    }
    if (f0 > start) segments.push({ start, end: f0, count: count(start, f0), breakBefore, role: 'context' });
    segments.push({
      start: f0,
      end: f1,
      count: count(f0, f1),
      breakBefore: breakBefore && f0 <= start,
      role: 'focus',
    });
    if (end > f1)
      segments.push({ start: f1, end, count: count(f1, end + 1), breakBefore: false, role: 'context' });
  });

  const fixed = segments.reduce(
    (sum, s) =>
      sum +
      (s.breakBefore ? BREAK_SHARE : 0) +
      (s.role === 'focus' ? FOCUS_SHARE : s.role === 'apart' ? APART_SHARE * Math.min(2, s.count) : 0),
    0,
  );
  // The rest of the width goes to the years around the focus, by how much happens there.
  const weights = segments.map((s) => (s.role === 'context' ? s.count + 1 : 0));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const free = Math.max(0, 1 - fixed);
  const full: Segment[] = segments.map((s, i) => {
    if (s.role === 'apart')
      return { ...s, share: APART_SHARE * Math.min(2, s.count) + (weightSum ? 0 : free / segments.length) };
    if (s.role === 'focus') return { ...s, share: FOCUS_SHARE + (weightSum ? 0 : free / segments.length) };
    return { ...s, share: (free * (weights[i] ?? 0)) / weightSum };
  });

  const domain: number[] = [];
  const range: number[] = [];
  let x = 0;
  for (const s of full) {
    if (s.breakBefore) x += BREAK_SHARE;
    domain.push(s.start, s.end);
    range.push(x, x + s.share);
    x += s.share;
  }
  // Piecewise-linear over milliseconds; a break is a stretch of the domain with almost no width. A
  // linear scale rather than d3's time scale: that one sets up a date-format locale as the page starts.
  const scale = scaleLinear().domain(domain).range(range).clamp(true);
  return {
    segments: full,
    toUnit: (t) => scale(t),
    toTime: (u) => scale.invert(u),
  };
}

export interface Tick {
  time: number;
  unit: TickUnit;
  /** 0..1 of the axis. */
  at: number;
}

/**
 * Days are the finest ticks: events carry their own clock offsets (Astana, Dushanbe), so an hour
 * axis in one zone would put "noon" in the wrong place for the other.
 */
function unitFor(span: number): TickUnit {
  if (span > 3 * YEAR) return 'year';
  if (span > 60 * DAY) return 'month';
  return 'day';
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/** Round years as readers count them: 100 BCE is astronomical year -99. */
function yearTicks(start: number, end: number, wanted: number): number[] {
  const y0 = new Date(start).getUTCFullYear();
  const y1 = new Date(end).getUTCFullYear();
  const step = YEAR_STEPS.find((s) => Math.floor((y1 - y0) / s) <= wanted) ?? 1000;
  const out: number[] = [];
  for (let y = y0; y <= y1; y++) {
    const counted = y <= 0 ? 1 - y : y;
    if (counted % step === 0) out.push(utc(y));
  }
  return out;
}

/** Ticks for each segment, as many as its drawn width allows, never closer than `spacingPx`. */
export function segmentTicks(scale: FocusContextScale, widthPx: number, spacingPx = 90): Tick[] {
  const ticks: Tick[] = [];
  for (const s of scale.segments) {
    const px = s.share * widthPx;
    const span = s.end - s.start;
    const unit = unitFor(span);
    const wanted = Math.max(1, Math.floor(px / spacingPx));
    const times =
      unit === 'year'
        ? yearTicks(s.start, s.end, wanted)
        : utcTicks(new Date(s.start), new Date(s.end), wanted).map((d) => d.getTime());
    let dated = false;
    for (const t of times) {
      if (t < s.start || t >= s.end) continue;
      if (unit === 'day' && t % DAY !== 0) continue;
      const at = scale.toUnit(t);
      const last = ticks.at(-1);
      if (last && (at - last.at) * widthPx < spacingPx * 0.75) continue;
      ticks.push({ time: t, unit: unit === 'day' && !dated ? 'date' : unit, at });
      dated = true;
    }
  }
  return ticks;
}

const PERIOD: Record<Precision, (t: number) => number> = {
  century: () => 0,
  decade: (t) => utc(new Date(t).getUTCFullYear() + 10) - t,
  year: (t) => utc(new Date(t).getUTCFullYear() + 1) - t,
  month: (t) => {
    const d = new Date(t);
    return utc(d.getUTCFullYear(), d.getUTCMonth() + 2) - t;
  },
  day: () => DAY,
  'part-of-day': () => 0,
  minute: () => 0,
};

/**
 * Where to draw each event: an event known only to the day (or month, year) sits inside its period,
 * and events sharing a period are spread across it in story order instead of piling up on its first instant.
 */
export function placementTimes(
  events: { id: string; time: number; precision: Precision }[],
): Map<string, number> {
  const groups = new Map<string, typeof events>();
  for (const e of events) {
    const key = `${e.time}|${e.precision}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out = new Map<string, number>();
  for (const group of groups.values()) {
    group.forEach((e, k) => {
      out.set(e.id, e.time + (PERIOD[e.precision](e.time) * (k + 0.5)) / group.length);
    });
  }
  return out;
}
