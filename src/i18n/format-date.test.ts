import { describe, expect, it } from 'vitest';
import { parseStoryDate } from '../story/date';
import type { Precision } from '../story/schema';
import { formatStoryDate, formatTick, formatYear } from './format-date';

const fmt = (iso: string, precision: Precision, lang: 'zh' | 'en') => {
  const d = parseStoryDate(iso);
  if (!d) throw new Error(iso);
  return formatStoryDate(d, precision, lang);
};

describe('formatStoryDate', () => {
  it('labels years before the common era', () => {
    expect(fmt('-0137', 'year', 'en')).toBe('138 BCE');
    expect(fmt('-0137', 'year', 'zh')).toBe('公元前138年');
    expect(fmt('-0137', 'century', 'en')).toBe('2nd century BCE');
    expect(fmt('-0137', 'century', 'zh')).toBe('公元前2世纪');
    expect(formatYear(0, 'en')).toBe('1 BCE');
  });

  it('never shows more precision than the story gives', () => {
    expect(fmt('2013-09-07', 'year', 'en')).toBe('2013');
    expect(fmt('2017-06', 'month', 'en')).toBe('June 2017');
    expect(fmt('2017-06', 'month', 'zh')).toBe('2017年6月');
    expect(fmt('2010', 'decade', 'en')).toBe('2010s');
    expect(fmt('2024-07-03', 'day', 'zh')).toBe('2024年7月3日');
    expect(fmt('2021', 'century', 'en')).toBe('21st century');
  });

  it('keeps the wall clock of the place and names the part of the day', () => {
    expect(fmt('2024-07-03T12:00+05:00', 'part-of-day', 'en')).toBe('3 July 2024, noon');
    expect(fmt('2024-07-05T18:00+05:00', 'part-of-day', 'zh')).toBe('2024年7月5日傍晚');
    expect(fmt('2024-07-06T09:30+05:00', 'minute', 'en')).toBe('6 July 2024, 09:30');
  });
});

describe('formatTick', () => {
  it('formats ticks for each unit and language', () => {
    expect(formatTick(Date.parse('2024-07-03T00:00Z'), 'day', 'en')).toBe('3 Jul');
    expect(formatTick(Date.parse('2024-07-03T00:00Z'), 'day', 'zh')).toBe('7月3日');
    expect(formatTick(Date.parse('2017-06-01T00:00Z'), 'month', 'en')).toBe('Jun 2017');
    const d = new Date(0);
    d.setUTCFullYear(-199, 0, 1);
    expect(formatTick(d.getTime(), 'year', 'en')).toBe('200 BCE');
    expect(formatTick(d.getTime(), 'date', 'en')).toBe('1 Jan 200 BCE');
    expect(formatTick(Date.parse('2024-07-03T00:00Z'), 'date', 'zh')).toBe('2024年7月3日');
  });
});
