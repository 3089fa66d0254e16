import { describe, expect, it } from 'vitest';
import { parseStoryDate } from '../story/date';
import { focusContextScale, placementTimes, segmentTicks } from './scale';

const t = (iso: string) => {
  const d = parseStoryDate(iso);
  if (!d) throw new Error(iso);
  return d.time;
};

const story = [
  '-0137',
  '1500',
  '1954',
  '2006',
  '2013-09-07',
  '2014-09',
  '2017-06-08',
  '2019-06',
  '2020-08',
  '2022-09-14',
  '2023-05-18',
  '2024-03',
  '2024-06-28',
  ...['02', '02', '03', '03', '03', '04', '04', '04', '05', '05', '05', '06'].map((d) => `2024-07-${d}`),
  '2025',
].map(t);

describe('focusContextScale', () => {
  const scale = focusContextScale(story);

  it('gives the five days of the visit most of the width', () => {
    const days = scale.toUnit(t('2024-07-07')) - scale.toUnit(t('2024-07-02'));
    expect(days).toBeGreaterThanOrEqual(0.5);
  });

  it('keeps the order of time across every segment, before the common era included', () => {
    const sorted = [...story].sort((a, b) => a - b);
    const xs = sorted.map((x) => scale.toUnit(x));
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1] ?? 0);
    expect(scale.toUnit(t('-0137'))).toBeGreaterThan(0);
    expect(scale.toUnit(t('2025'))).toBeLessThan(1);
  });

  it('puts a break between the Han envoys and 2013, and gives the backstory readable room', () => {
    expect(scale.segments.filter((s) => s.breakBefore)).toHaveLength(3);
    const backstory = scale.toUnit(t('2024-06-28')) - scale.toUnit(t('2013-09-07'));
    expect(backstory).toBeGreaterThan(0.15);
    const ancient = scale.segments[0];
    expect(ancient?.share).toBeGreaterThanOrEqual(0.03);
  });

  it('inverts its own mapping', () => {
    const x = t('2024-07-04T10:00Z');
    expect(Math.abs(scale.toTime(scale.toUnit(x)) - x)).toBeLessThan(1000);
  });

  it('handles a story of a single moment', () => {
    const one = focusContextScale([t('2024-07-03')]);
    expect(one.toUnit(t('2024-07-03'))).toBeGreaterThanOrEqual(0);
    expect(one.toUnit(t('2024-07-03'))).toBeLessThanOrEqual(1);
  });
});

describe('segmentTicks', () => {
  it('labels the ancient segment in years, the backstory in years and the visit in days', () => {
    const ticks = segmentTicks(focusContextScale(story), 1200);
    const units = new Set(ticks.map((k) => k.unit));
    expect(units).toContain('year');
    expect(units).toContain('day');
    const ancient = ticks.filter((k) => new Date(k.time).getUTCFullYear() < 0);
    expect(ancient.length).toBeGreaterThan(0);
    // Round years as counted before the common era: 150 BCE, 100 BCE, not 101 BCE.
    for (const k of ancient) expect((1 - new Date(k.time).getUTCFullYear()) % 25).toBe(0);
    const xs = ticks.map((k) => k.at * 1200);
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThan(60);
    const days = ticks
      .filter((k) => k.unit === 'day' || k.unit === 'date')
      .map((k) => new Date(k.time).getUTCDate());
    expect(days).toEqual(expect.arrayContaining([3, 4, 5, 6]));
    // The first day of the visit carries its year; the days after it do not repeat it.
    const visit = ticks.filter((k) => k.unit === 'day' || k.unit === 'date');
    expect(visit[0]?.unit).toBe('date');
    expect(visit.slice(1).every((k) => k.unit === 'day')).toBe(true);
  });
});

describe('placementTimes', () => {
  it('spreads events of the same day across that day, in story order', () => {
    const day = t('2024-07-04');
    const placed = placementTimes([
      { id: 'a', time: day, precision: 'day' },
      { id: 'b', time: day, precision: 'day' },
      { id: 'noon', time: t('2024-07-04T12:00+05:00'), precision: 'part-of-day' },
    ]);
    expect(placed.get('a')).toBe(day + 86_400_000 / 4);
    expect(placed.get('b')).toBe(day + (86_400_000 * 3) / 4);
    expect(placed.get('noon')).toBe(t('2024-07-04T12:00+05:00'));
  });

  it('puts a year-precision event mid-year and keeps a century date where it is', () => {
    const placed = placementTimes([
      { id: 'y', time: t('2013'), precision: 'year' },
      { id: 'c', time: t('-0137'), precision: 'century' },
    ]);
    expect(new Date(placed.get('y') ?? 0).getUTCMonth()).toBe(6);
    expect(placed.get('c')).toBe(t('-0137'));
  });
});
