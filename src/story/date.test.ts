import { describe, expect, it } from 'vitest';
import { parseStoryDate, supportsPrecision, utc } from './date';

describe('parseStoryDate', () => {
  it('reads reduced dates as the start of their period', () => {
    expect(parseStoryDate('2013')).toMatchObject({ year: 2013, time: utc(2013) });
    expect(parseStoryDate('2017-06')).toMatchObject({ year: 2017, month: 6, time: utc(2017, 6) });
    expect(parseStoryDate('2024-07-03')?.time).toBe(Date.parse('2024-07-03T00:00:00Z'));
  });

  it('applies the offset of a date-time but keeps its wall clock', () => {
    const d = parseStoryDate('2024-07-03T12:00+05:00');
    expect(d?.time).toBe(Date.parse('2024-07-03T07:00:00Z'));
    expect(d).toMatchObject({ day: 3, hour: 12, minute: 0 });
  });

  it('reads expanded years before the common era astronomically', () => {
    const d = parseStoryDate('-0137');
    expect(d?.year).toBe(-137);
    expect(new Date(d?.time ?? 0).getUTCFullYear()).toBe(-137);
    expect(parseStoryDate('0001')?.time).toBeLessThan(parseStoryDate('1000')?.time ?? 0);
  });

  it('rejects malformed and impossible dates', () => {
    for (const bad of [
      '2024-02-30',
      '2023-02-29',
      '2024-13',
      '24-07-03',
      '2024-07-03T12:00',
      'July 2024',
      '',
    ]) {
      expect(parseStoryDate(bad), bad).toBeNull();
    }
    expect(parseStoryDate('2024-02-29')).not.toBeNull();
  });

  it('knows which precisions a date can carry', () => {
    const year = parseStoryDate('2013');
    expect(year && supportsPrecision(year, 'year')).toBe(true);
    expect(year && supportsPrecision(year, 'day')).toBe(false);
    const noon = parseStoryDate('2024-07-03T12:00+05:00');
    expect(noon && supportsPrecision(noon, 'part-of-day')).toBe(true);
  });
});
