import { type DraftDate, fromParts, numeric } from './dates';
import {
  type Draft,
  type DraftEvent,
  type DraftLocation,
  emptyTally,
  type Note,
  type NoteKind,
  type SourceFormat,
  type Tally,
} from './draft';
import { firstAddress, htmlLine, htmlParagraphs } from './html-text';

type Loose = Record<string, unknown>;

export const asObject = (value: unknown): Loose =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
export const asString = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** TimelineJS counts 138 BCE as -138; the format counts years astronomically (-137). */
export const astronomicalYear = (year: number): number => (year < 0 ? year + 1 : year);

/** A TimelineJS date object, its parts numbers or strings; undefined when it has no year. */
export function timelineDate(value: unknown): DraftDate | undefined {
  const d = asObject(value);
  const year = numeric(d.year);
  if (year === undefined) return undefined;
  return fromParts({
    year: astronomicalYear(year),
    month: numeric(d.month),
    day: numeric(d.day),
    hour: numeric(d.hour),
    minute: numeric(d.minute),
    second: numeric(d.second),
    millisecond: numeric(d.millisecond),
  });
}

/** A date object as the source wrote it, for a date the format could only approximate. */
function writtenDate(value: unknown): string {
  const d = asObject(value);
  const parts = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
  return parts.flatMap((p) => (asString(d[p]) ? [`${p} ${asString(d[p])}`] : [])).join(', ');
}

/** A StoryMapJS-style location, with numbers or strings; undefined (and counted) when not on Earth. */
export function readLocation(value: unknown, tally: Tally): DraftLocation | undefined {
  if (value === undefined) return undefined;
  const l = asObject(value);
  const lat = numeric(l.lat);
  const lon = numeric(l.lon);
  if (lat === undefined && lon === undefined) return undefined;
  if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    tally.badLocations++;
    return undefined;
  }
  const name = htmlLine(asString(l.name));
  const zoom = numeric(l.zoom);
  return { lat, lon, ...(name ? { name } : {}), ...(zoom !== undefined ? { zoom } : {}) };
}

/** A slide's media, as text for the notes: the app never fetches them. */
export function mediaNote(value: unknown, tally: Tally, kind: NoteKind = 'media'): Note | undefined {
  const m = asObject(value);
  const raw = asString(m.url).trim();
  if (!raw) return undefined;
  tally.media++;
  const url = raw.startsWith('<') ? (firstAddress(raw) ?? htmlLine(raw)) : raw;
  const parts = [url, htmlLine(asString(m.caption)), htmlLine(asString(m.credit)), asString(m.alt).trim()];
  return { kind, text: parts.filter(Boolean).join(' · ') };
}

export interface SlideText {
  headline: string;
  paragraphs: string[];
}

export const slideText = (slide: Loose): SlideText => {
  const t = asObject(slide.text);
  return { headline: htmlLine(asString(t.headline)), paragraphs: htmlParagraphs(asString(t.text)) };
};

function event(slide: Loose, tally: Tally): DraftEvent | undefined {
  const { headline, paragraphs } = slideText(slide);
  const start = timelineDate(slide.start_date);
  const notes: Note[] = [];
  const media = mediaNote(slide.media, tally);
  if (media) notes.push(media);
  const group = htmlLine(asString(slide.group));
  if (group) notes.push({ kind: 'group', text: group });
  if (slide.background !== undefined) tally.styling++;
  const displayDate =
    htmlLine(asString(slide.display_date) || asString(asObject(slide.start_date).display_date)) ||
    (start?.nearest ? writtenDate(slide.start_date) : '');
  if (!start && !headline && paragraphs.length === 0) {
    tally.emptySlides++;
    return undefined;
  }
  const location = readLocation(slide.location, tally);
  return {
    sourceId: asString(slide.unique_id),
    start,
    end: timelineDate(slide.end_date),
    headline,
    paragraphs,
    ...(displayDate ? { dateText: displayDate } : {}),
    notes,
    ...(location ? { location } : {}),
  };
}

/** A TimelineJS3 timeline (`{ title?, events, eras? }`) as a draft story. */
export function timelineJsDraft(data: Loose, format: SourceFormat = 'timelinejs'): Draft {
  const tally = emptyTally();
  const title = asObject(data.title);
  const { headline, paragraphs } = slideText(title);
  const titleMedia = mediaNote(title.media, tally, 'titleMedia');
  if (title.background !== undefined) tally.styling++;
  const eras = Array.isArray(data.eras) ? data.eras : [];
  tally.eras += eras.length;
  const events = (Array.isArray(data.events) ? data.events : []).flatMap(
    (s) => event(asObject(s), tally) ?? [],
  );
  // The story has no notes of its own: the title slide's media go with the first event's.
  if (titleMedia) events[0]?.notes.unshift(titleMedia);
  return {
    format,
    ...(headline ? { title: headline } : {}),
    intro: paragraphs,
    closing: [],
    events,
    tally,
  };
}
