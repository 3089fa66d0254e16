import { ISO_DATE_PATTERN } from './format';
import type { Precision } from './schema';

/** A story date split into its wall-clock parts, with the instant used to place it on a time axis. */
export interface StoryDate {
  /** Astronomical year: 0 is 1 BCE, -137 is 138 BCE. */
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** Milliseconds since 1970 UTC; the start of the period for reduced dates. */
  time: number;
}

const PARTS =
  /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2})))?)?)?$/;
const ISO = new RegExp(ISO_DATE_PATTERN);

/** `Date.UTC` maps years 0-99 to 1900-1999, so years are set explicitly. */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, 0, 0);
  return d.getTime();
}

function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** Parses an ISO 8601 story date, or returns null when it is malformed or not on the calendar. */
export function parseStoryDate(value: string): StoryDate | null {
  const m = ISO.test(value) ? PARTS.exec(value) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && day !== undefined && day > daysInMonth(year, month)) return null;
  if (m[4] === undefined) return { year, month, day, time: utc(year, month, day) };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const offset = m[7] === 'Z' ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  return { year, month, day, hour, minute, time: utc(year, month, day, hour, minute) - offset * 60_000 };
}

const NEEDS: Record<Precision, keyof StoryDate> = {
  century: 'year',
  decade: 'year',
  year: 'year',
  month: 'month',
  day: 'day',
  'part-of-day': 'hour',
  minute: 'minute',
};

/** Whether a date carries the parts its declared precision needs ("day" needs a full date). */
export function supportsPrecision(date: StoryDate, precision: Precision): boolean {
  return date[NEEDS[precision]] !== undefined;
}
