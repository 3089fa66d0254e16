import { LANGS } from '../story/format';
import type { Lang, Place, StoryFile } from '../story/schema';
import { type DraftDate, fromParts, instant } from './dates';

export type SourceFormat = 'timelinejs' | 'timelinejs-csv' | 'storymapjs';

/** What came across and what did not, counted; the app and the command line put it in words. */
export interface ConversionReport {
  format: SourceFormat;
  lang: Lang;
  events: number;
  places: number;
  paragraphs: number;
  /** Pictures, videos and embeds: not fetched; their links and credits are kept in the events' notes. */
  media: number;
  /** TimelineJS eras: the format has none. */
  eras: number;
  /** Backgrounds, colours and map styles. */
  styling: number;
  /** Slides with neither a date nor any text. */
  emptySlides: number;
  /** Locations that are not a place on Earth (no or out-of-range coordinates). */
  badLocations: number;
  /** Dates finer than a minute or beyond the format's years, set to the nearest the format holds. */
  nearestDates: number;
  /** Events without a date that could be read: they take the date before them, in their order. */
  undated: number;
  /** Dates without a year ("Aug 23") given the year of the slides before them. */
  yearsFromContext: number;
  /** Ends before their starts, left out. */
  endsDropped: number;
}

export type Tally = Omit<ConversionReport, 'format' | 'lang' | 'events' | 'places' | 'paragraphs'>;

export const emptyTally = (): Tally => ({
  media: 0,
  eras: 0,
  styling: 0,
  emptySlides: 0,
  badLocations: 0,
  nearestDates: 0,
  undated: 0,
  yearsFromContext: 0,
  endsDropped: 0,
});

export interface DraftLocation {
  lat: number;
  lon: number;
  name?: string;
  zoom?: number;
}

export type NoteKind = 'media' | 'titleMedia' | 'group';
/** A line of an event's notes: what the source had that the story format does not show otherwise. */
export interface Note {
  kind: NoteKind;
  text: string;
}

/** An event as read from a peer file, in plain text, before it becomes part of a story. */
export interface DraftEvent {
  /** The source's own id, kept when it can be one. */
  sourceId?: string;
  start?: DraftDate;
  end?: DraftDate;
  headline: string;
  paragraphs: string[];
  /** The date in the source's words (a display date, a free-text date). */
  dateText?: string;
  /** Kept as the presenter's notes: media links and credits, groups. */
  notes: Note[];
  location?: DraftLocation;
}

export interface Draft {
  format: SourceFormat;
  title?: string;
  /** Text before the events (a title or overview slide) and after them (a closing overview). */
  intro: string[];
  closing: string[];
  byline?: string;
  events: DraftEvent[];
  tally: Tally;
}

export interface ConvertOptions {
  /** The story's language; without it, the file's own (Chinese when most of its letters are). */
  lang?: Lang;
  /** Used for the title when the file has none. */
  fileName?: string;
  /** The day of the conversion, the imported story's publication date. */
  today?: Date;
}

/** The few words a converter writes itself, in the story's language. */
const WORDS: Record<
  Lang,
  {
    publisher: Record<SourceFormat, string>;
    byline: string;
    untitled: string;
    event: (n: number) => string;
    undated: string;
    original: (text: string) => string;
    note: Record<NoteKind, string>;
  }
> = {
  en: {
    publisher: {
      timelinejs: 'TimelineJS timeline',
      'timelinejs-csv': 'TimelineJS spreadsheet',
      storymapjs: 'StoryMapJS story map',
    },
    byline: 'Author not stated in the file',
    untitled: 'Untitled story',
    event: (n) => `Event ${n}`,
    undated: 'The source gives no date that could be read: shown after the event before it.',
    original: (text) => `In the source: ${text}`,
    note: { media: 'Media', titleMedia: 'Media of the title or overview slide', group: 'Group' },
  },
  zh: {
    publisher: {
      timelinejs: 'TimelineJS 时间线',
      'timelinejs-csv': 'TimelineJS 电子表格',
      storymapjs: 'StoryMapJS 故事地图',
    },
    byline: '文件未注明作者',
    untitled: '未命名的故事',
    event: (n) => `事件 ${n}`,
    undated: '原文没有可识别的日期：排在前一个事件之后',
    original: (text) => `原文：${text}`,
    note: { media: '媒体', titleMedia: '标题页或概览页的媒体', group: '分组' },
  },
};

/** Chinese when most of the letters are Han characters, English otherwise. */
export function guessLang(texts: string[]): Lang {
  const all = texts.join(' ');
  const han = all.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = all.match(/[A-Za-z]/g)?.length ?? 0;
  // A Han character carries about as much as a word of five Latin letters.
  return han * 5 > latin ? 'zh' : 'en';
}

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

/** A format id from free text: lower-case letters, digits and hyphens; empty for Chinese-only text. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

function uniqueIds(): (wanted: string, fallback: string) => string {
  const used = new Set<string>();
  return (wanted, fallback) => {
    const base = slug(wanted) || fallback;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

const clampZoom = (zoom: number) => Math.max(0, Math.min(22, zoom));

/**
 * A valid one-language story from a draft: events in time order (undated ones keep their place
 * after the event before them), a place for each spot, and an article made of the events' texts,
 * one paragraph per event, after the source's own introduction.
 */
export function buildStory(
  draft: Draft,
  options: ConvertOptions,
): { story: StoryFile; report: ConversionReport } {
  const lang =
    options.lang ??
    guessLang([
      draft.title ?? '',
      ...draft.intro,
      ...draft.events.flatMap((e) => [e.headline, ...e.paragraphs]),
    ]);
  const words = WORDS[lang];
  const text = (value: string) => ({ [lang]: value });
  const tally = draft.tally;
  const today = options.today ?? new Date();
  const todayIso = today.toISOString().slice(0, 10);

  // Undated events take the date before them (or, leading, the first date), so the author's order holds.
  const firstDated = draft.events.find((e) => e.start)?.start;
  let previous = firstDated ?? fromParts({ year: today.getUTCFullYear() });
  const dated = draft.events.map((event, order) => {
    const start = event.start ?? previous;
    if (!event.start) tally.undated++;
    previous = start;
    let end = event.end;
    if (end && instant(end) < instant(start)) {
      tally.endsDropped++;
      end = undefined;
    }
    if (start.nearest || end?.nearest) tally.nearestDates++;
    return { event, start, end, order };
  });
  dated.sort((a, b) => instant(a.start) - instant(b.start) || a.order - b.order);

  const places: Place[] = [];
  const placeAt = new Map<string, string>();
  const placeId = uniqueIds();
  const eventId = uniqueIds();
  const paragraphs: StoryFile['paragraphs'] = [];
  const addParagraph = (value: string) => {
    const id = `p${String(paragraphs.length + 1).padStart(3, '0')}`;
    paragraphs.push({ id, ...text(value) });
    return id;
  };
  for (const p of draft.intro) addParagraph(p);

  const events: StoryFile['events'] = dated.map(({ event, start, end }, i) => {
    const title = event.headline || event.paragraphs[0] || event.dateText || words.event(i + 1);
    const paragraph = addParagraph(event.paragraphs.join('\n\n') || title);
    const eventPlaces: string[] = [];
    if (event.location) {
      const { lat, lon, name } = event.location;
      const key = `${lat},${lon}`;
      let id = placeAt.get(key);
      if (!id) {
        id = placeId(name ?? '', `place-${places.length + 1}`);
        placeAt.set(key, id);
        places.push({ id, name: text(name || title), coordinates: [lon, lat], kind: 'site' } as Place);
      }
      eventPlaces.push(id);
    }
    const dateNote = [
      // A plain year says nothing the date does not; other words ("c. 631", "Spring 645") are kept.
      event.dateText && !/^-?\d+$/.test(event.dateText) ? words.original(event.dateText) : '',
      event.start ? '' : words.undated,
    ].filter(Boolean);
    const zoom = event.location?.zoom;
    return {
      id: eventId(event.sourceId || event.headline, `event-${i + 1}`),
      date: start.iso,
      ...(end ? { end: end.iso } : {}),
      precision: start.precision,
      ...(dateNote.length ? { dateNote: text(dateNote.join(' ')) } : {}),
      title: text(title),
      summary: text(event.paragraphs[0] || title),
      places: eventPlaces,
      paragraphs: [paragraph],
      category: 'history',
      ...(event.location && zoom !== undefined
        ? { view: { center: [event.location.lon, event.location.lat], zoom: clampZoom(zoom) } }
        : {}),
      ...(event.notes.length
        ? { notes: text(event.notes.map((n) => `${words.note[n.kind]}: ${n.text}`).join('\n')) }
        : {}),
    };
  });
  for (const p of draft.closing) addParagraph(p);
  if (paragraphs.length === 0) addParagraph(draft.title || words.untitled);

  const title = draft.title || options.fileName || words.untitled;
  const story: StoryFile = {
    languages: [lang],
    title: text(title),
    source: {
      publisher: text(words.publisher[draft.format]),
      date: todayIso,
      byline: text(draft.byline || words.byline),
      originalTitle: text(title),
    },
    paragraphs,
    places,
    events,
  };
  return {
    story,
    report: {
      format: draft.format,
      lang,
      events: events.length,
      places: places.length,
      paragraphs: paragraphs.length,
      ...tally,
    },
  };
}
