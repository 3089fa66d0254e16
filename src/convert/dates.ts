import { parseStoryDate, utc } from '../story/date';
import type { Precision } from '../story/schema';

/** A date as the story format writes it, and whether the source's own could only be approximated. */
export interface DraftDate {
  iso: string;
  precision: Precision;
  /** The source's date was finer (seconds) or beyond the format's years: the nearest one is kept. */
  nearest: boolean;
}

/** The furthest years from now a JavaScript date holds (it ends in 271,821 BCE and 275,760 CE): the app computes with them. */
const MAX_YEAR = 271_820;

/** A number written as a number or as a string, as real files carry them; empty strings are absent. */
export function numeric(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoYear(year: number): string {
  const sign = year < 0 ? '-' : year > 9999 ? '+' : '';
  return `${sign}${pad(Math.abs(year), 4)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month + 1, 0)).getUTCDate();
}

export interface DateParts {
  /** Astronomical year: 0 is 1 BCE. */
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/** The story date nearest to a date given in parts, from the Big Bang to the minute. */
export function fromParts(parts: DateParts): DraftDate {
  let nearest = false;
  let year = Math.round(parts.year);
  if (year !== parts.year || Math.abs(year) > MAX_YEAR) {
    nearest = true;
    year = Math.max(-MAX_YEAR, Math.min(MAX_YEAR, year));
  }
  const inRange = (v: number | undefined, low: number, high: number): v is number =>
    v !== undefined && Number.isInteger(v) && v >= low && v <= high;
  let iso = isoYear(year);
  let precision: Precision = 'year';
  const finer = (v: number | undefined) => {
    if (v !== undefined) nearest = true;
  };
  if (inRange(parts.month, 1, 12)) {
    iso += `-${pad(parts.month)}`;
    precision = 'month';
    if (inRange(parts.day, 1, daysInMonth(year, parts.month))) {
      iso += `-${pad(parts.day)}`;
      precision = 'day';
      if (inRange(parts.hour, 0, 23)) {
        const minute = inRange(parts.minute, 0, 59) ? parts.minute : undefined;
        if (minute === undefined) finer(parts.minute);
        iso += `T${pad(parts.hour)}:${pad(minute ?? 0)}Z`;
        precision = minute === undefined ? 'part-of-day' : 'minute';
        if (parts.second || parts.millisecond) nearest = true;
      } else finer(parts.hour);
    } else finer(parts.day);
  } else finer(parts.month);
  return { iso, precision, nearest };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function month(word: string): number | undefined {
  const i = MONTHS.indexOf(word.toLowerCase().slice(0, 3));
  return i >= 0 ? i + 1 : undefined;
}

/** Years as people write them: "138 BCE" is the astronomical year -137. */
function writtenYear(digits: string, era: string | undefined): number {
  const n = Number(digits);
  return era && /^b/i.test(era) ? 1 - n : n;
}

const ERA = String.raw`\s*(BCE|BC|CE|AD|B\.C\.E?\.|A\.D\.)?`;

/**
 * A free-text date (StoryMapJS slides carry one) read where it is a date: "1790", "138 BCE",
 * "1790-2010", "2017-06-03", "June 3, 1815", "3 June 1815", "1815年6月3日". "Sept 3" has no
 * year and is not read.
 */
export function parseFreeDate(
  text: string,
  /** The year the slides before are in: "Aug 23" after a slide dated 2013 is 23 August 2013. */
  contextYear?: number,
): { start: DraftDate; end?: DraftDate; yearFromContext?: true } | undefined {
  // "c. 631": an approximate date is still a date (its words stay in the date note).
  const s = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(c\.|ca\.|circa|about|around|约)\s*/i, '');
  const at = (year: number, m?: number, d?: number) => fromParts({ year, month: m, day: d });
  let m = new RegExp(`^(\\d{1,6})${ERA}$`, 'i').exec(s);
  if (m?.[1]) return { start: at(writtenYear(m[1], m[2])) };
  m = /^(-?\d{1,6})$/.exec(s);
  if (m?.[1]) return { start: at(Number(m[1])) };
  m = new RegExp(`^(\\d{1,6})${ERA} ?[-\\u2013\\u2014] ?(\\d{1,6})${ERA}$`, 'i').exec(s);
  if (m?.[1] && m[3]) {
    const start = writtenYear(m[1], m[2] ?? m[4]);
    const end = writtenYear(m[3], m[4]);
    return end >= start ? { start: at(start), end: at(end) } : { start: at(start) };
  }
  m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (m?.[1]) return { start: at(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined) };
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m?.[3]) return { start: at(Number(m[3]), Number(m[1]), Number(m[2])) };
  m = /^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{1,6})$/.exec(s);
  if (m?.[1] && month(m[1])) return { start: at(Number(m[3]), month(m[1]), Number(m[2])) };
  m = /^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{1,6})$/.exec(s);
  if (m?.[2] && month(m[2])) return { start: at(Number(m[3]), month(m[2]), Number(m[1])) };
  m = /^([A-Za-z]+)\.?,? (\d{3,6})$/.exec(s);
  if (m?.[1] && month(m[1])) return { start: at(Number(m[2]), month(m[1])) };
  if (contextYear !== undefined) {
    m = /^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?$/.exec(s);
    if (m?.[1] && month(m[1]))
      return { start: at(contextYear, month(m[1]), Number(m[2])), yearFromContext: true };
    m = /^(\d{1,2}) ([A-Za-z]+)\.?$/.exec(s);
    if (m?.[2] && month(m[2]))
      return { start: at(contextYear, month(m[2]), Number(m[1])), yearFromContext: true };
  }
  m = /^(公元前)?(\d{1,6})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/.exec(s);
  if (m?.[2]) {
    const year = m[1] ? 1 - Number(m[2]) : Number(m[2]);
    return { start: at(year, m[3] ? Number(m[3]) : undefined, m[4] ? Number(m[4]) : undefined) };
  }
  return undefined;
}

/** The instant a story date starts, to order and compare them. */
export const instant = (date: DraftDate): number => parseStoryDate(date.iso)?.time ?? 0;
