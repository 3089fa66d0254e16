import { csvParseRows } from 'd3-dsv';
import type { Draft } from './draft';
import { timelineJsDraft } from './timelinejs';

/** A header as TimelineJS matches it: case, spaces and punctuation do not matter. */
const key = (header: string) => header.toLowerCase().replace(/[^a-z]/g, '');

/** The template's headers, with the older names some sheets still use. */
const COLUMNS = {
  year: ['year'],
  month: ['month'],
  day: ['day'],
  time: ['time'],
  endYear: ['endyear'],
  endMonth: ['endmonth'],
  endDay: ['endday'],
  endTime: ['endtime'],
  startDate: ['startdate'],
  endDate: ['enddate'],
  displayDate: ['displaydate'],
  headline: ['headline'],
  text: ['text'],
  media: ['media'],
  credit: ['mediacredit'],
  caption: ['mediacaption'],
  thumbnail: ['mediathumbnail'],
  alt: ['alttext'],
  type: ['type'],
  group: ['group', 'tag'],
  background: ['background'],
} as const;

type Column = keyof typeof COLUMNS;

/** Whether a text's first line is a TimelineJS sheet's header row. */
export function looksLikeTimelineCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const headers = new Set(first.split(',').map((h) => key(h.replace(/"/g, ''))));
  return headers.has('headline') && (headers.has('year') || headers.has('startdate'));
}

/** "14:30", "2:30 PM", "14:30:15" as hours, minutes and seconds. */
function time(value: string): { hour?: string; minute?: string; second?: string } {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])?\.?m?\.?$/i.exec(value.trim());
  if (!m?.[1]) return {};
  let hour = Number(m[1]);
  if (m[4]) hour = (hour % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  return { hour: String(hour), minute: m[2], second: m[3] };
}

/** "2024-07-03" or "7/3/2024" in an older sheet's Start Date column. */
function dateCell(value: string): { year?: string; month?: string; day?: string } {
  const iso = /^(-?\d+)(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(value.trim());
  if (iso) return { year: iso[1], month: iso[2], day: iso[3] };
  const us = /^(\d{1,2})\/(\d{1,2})\/(-?\d+)$/.exec(value.trim());
  return us ? { year: us[3], month: us[1], day: us[2] } : {};
}

/**
 * A TimelineJS spreadsheet saved as CSV, read as TimelineJS reads it: columns by header name,
 * a `title` row, `era` rows, every other row an event. Cells may hold commas, quotes and line breaks.
 */
export function timelineCsvDraft(text: string): Draft {
  // Rows as arrays: d3-dsv's csvParse builds its row objects with `new Function`, which the app's policy forbids.
  const [headers = [], ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const find = new Map<Column, number>();
  headers.forEach((header, i) => {
    const k = key(header);
    for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][])
      if (names.includes(k) && !find.has(column)) find.set(column, i);
  });
  const events: unknown[] = [];
  const eras: unknown[] = [];
  let title: unknown;
  for (const row of rows) {
    const cell = (c: Column) => {
      const i = find.get(c);
      return i === undefined ? '' : (row[i] ?? '').trim();
    };
    const start = cell('year')
      ? { year: cell('year'), month: cell('month'), day: cell('day') }
      : dateCell(cell('startDate'));
    const end = cell('endYear')
      ? { year: cell('endYear'), month: cell('endMonth'), day: cell('endDay') }
      : dateCell(cell('endDate'));
    const slide = {
      start_date: { ...start, ...time(cell('time')) },
      ...(end.year ? { end_date: { ...end, ...time(cell('endTime')) } } : {}),
      display_date: cell('displayDate'),
      text: { headline: cell('headline'), text: cell('text') },
      media: {
        url: cell('media'),
        credit: cell('credit'),
        caption: cell('caption'),
        thumbnail: cell('thumbnail'),
        alt: cell('alt'),
      },
      group: cell('group'),
      ...(cell('background') ? { background: cell('background') } : {}),
    };
    const type = cell('type').toLowerCase();
    if (type === 'title') title ??= slide;
    else if (type === 'era') eras.push(slide);
    else if (row.some((v) => v.trim())) events.push(slide);
  }
  return timelineJsDraft({ title, events, eras }, 'timelinejs-csv');
}
